// Plain pages the server itself sends before Remix runs (no layout, no script), in the
// visitor's language: the lng cookie the app sets, else Accept-Language, else Thai.
const MESSAGES = {
  th: {
    crossSite: {
      title: "ไม่สามารถดำเนินการได้",
      body: "คำขอนี้ถูกส่งมาจากเว็บไซต์อื่น จึงไม่ได้รับการดำเนินการ กรุณากลับไปที่หน้าของอนุญาตแล้วลองอีกครั้ง",
      back: "กลับหน้าแรก",
    },
  },
  en: {
    crossSite: {
      title: "This request was refused",
      body: "This request came from another website, so it was not carried out. Please go back to the Anuyat page and try again.",
      back: "Back to the home page",
    },
  },
};

/** @param {string | undefined} cookieHeader @param {string | undefined} acceptLanguage @returns {"th" | "en"} */
export function languageOf(cookieHeader, acceptLanguage) {
  // The app's lng cookie is Remix's encoding: base64 of a JSON string, URI-encoded.
  const raw = /(?:^|;\s*)lng=([^;]*)/.exec(cookieHeader ?? "")?.[1];
  if (raw) {
    try {
      const value = JSON.parse(Buffer.from(decodeURIComponent(raw), "base64").toString("utf8"));
      if (value === "th" || value === "en") return value;
    } catch {
      /* not ours: fall through */
    }
  }
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "th";
}

/** @param {string} s */
const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/**
 * @param {"crossSite"} key @param {string | undefined} cookieHeader @param {string | undefined} acceptLanguage
 * @param {string} [_nonce] unused: the page has no script
 */
export function refusalPage(key, cookieHeader, acceptLanguage, _nonce) {
  const lng = languageOf(cookieHeader, acceptLanguage);
  const m = MESSAGES[lng][key];
  return `<!doctype html><html lang="${lng}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(m.title)}</title></head><body><main><h1>${escape(m.title)}</h1><p>${escape(m.body)}</p><p><a href="/">${escape(m.back)}</a></p></main></body></html>`;
}
