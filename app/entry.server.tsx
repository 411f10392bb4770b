import { PassThrough } from "node:stream";
import { KeptMarkupContext } from "~/components/kept-markup";
import { renderKept } from "~/utils/kept-markup.server";
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { createInstance } from "i18next";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { i18nOptions } from "./i18n/config";
import { getLanguage } from "./i18n/i18n.server";
import { startSweepSchedule } from "./jobs/schedule.server";
import { readContentVersion } from "./models/content-version.server";
import { toBangkokDate } from "./domain/calendar/bangkok-date";
import { now } from "./utils/clock.server";
import { RETRY_AFTER_SECONDS } from "./utils/db-errors.server";
import { env } from "./utils/env.server";
import { log } from "./utils/log.server";
import { RequestInfoContext } from "./utils/request-info";

const ABORT_DELAY = 5_000;

// What the production server's render cache (app/server/render-cache.mjs, decision 0019) asks of
// the app: the language a request will be rendered in (the app's own detection, so the cache
// key can never disagree with the page), the app's clock as a day or a minute (APP_NOW and
// time travel included), and the public content's version from the database.
export const renderCacheHooks = {
  language: (request: Request) => getLanguage(request),
  clock(granularity: "day" | "minute"): string {
    const instant = now();
    return granularity === "day" ? toBangkokDate(instant) : instant.toISOString().slice(0, 16);
  },
  contentVersion: readContentVersion,
  settings() {
    const e = env();
    return { enabled: e.RENDER_CACHE === "on", checkMs: e.RENDER_CACHE_CHECK_MS, maxEntries: e.RENDER_CACHE_MAX_ENTRIES, maxBytes: e.RENDER_CACHE_MAX_MB * 1024 * 1024 };
  },
};
// Validate configuration when the server module loads: a bad variable stops start-up.
env();
startSweepSchedule();

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // From the production server (app/server/serve.mjs); absent under `remix vite:dev`.
  const { cspNonce: nonce, requestId } = loadContext as { cspNonce?: string; requestId?: string };
  const instance = createInstance();
  await instance.use(initReactI18next).init(i18nOptions(await getLanguage(request)));
  const waitForAll = isbot(request.headers.get("user-agent")) || remixContext.isSpaMode;

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <I18nextProvider i18n={instance}>
        <RequestInfoContext.Provider value={{ nonce, requestId }}>
          <KeptMarkupContext.Provider value={renderKept}>
            <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
          </KeptMarkupContext.Provider>
        </RequestInfoContext.Provider>
      </I18nextProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          // 503: the database is unavailable for now (decision 0015); say when to try again.
          if (responseStatusCode === 503) responseHeaders.set("Retry-After", String(RETRY_AFTER_SECONDS));
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) log().error({ err: error }, "render failed");
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

// Errors thrown by loaders and actions (not thrown Responses): one log line with the request
// id, which the 500 page shows the visitor. Aborted requests (the visitor left) are not errors.
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  log().error({ err: error, method: request.method, path: new URL(request.url).pathname }, "unexpected error");
}
