import { useTranslation } from "react-i18next";
import type { WindowStatistics } from "~/domain/statistics";
import type { Language } from "~/i18n/config";
import { formatNumber } from "~/utils/format";

const monthFormats = {
  long: {
    th: new Intl.DateTimeFormat("th-TH-u-ca-buddhist", { month: "long", year: "numeric", timeZone: "UTC" }),
    en: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
  },
  short: {
    th: new Intl.DateTimeFormat("th-TH-u-ca-buddhist", { month: "short", year: "2-digit", timeZone: "UTC" }),
    en: new Intl.DateTimeFormat("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" }),
  },
};

/** A YYYY-MM month for people: "เมษายน 2569" / "April 2026" (short: "เม.ย. 69" / "Apr 26"). */
export function formatMonth(month: string, lng: Language, style: "long" | "short" = "long"): string {
  // Mid-month at noon UTC: no time zone can move it into another month (T1).
  return monthFormats[style][lng].format(new Date(`${month}-15T12:00:00Z`));
}

/** A share (0..1) as a percentage number with at most one decimal: 0.9653 → "96.5". */
export function formatShare(share: number, lng: Language): string {
  return formatNumber(Math.round(share * 1000) / 10, lng);
}

// The manual's statistics (R7.5 field 9) as counted from real requests over the last 12 complete
// months, with the share decided on time (R10.1). Withheld figures say why (O3, O4).
export function ManualStatistics({ slug, statistics, threshold }: { slug: string; statistics: WindowStatistics; threshold: number }) {
  const { t, i18n } = useTranslation("manual");
  const lng = i18n.language === "en" ? "en" : "th";
  const count = (n: number | null) => (n === null ? t("statistics.fewerThan", { threshold }) : formatNumber(n, lng));
  const s = statistics;
  return (
    <section aria-labelledby="statistics-heading" className="manual-section" data-testid="manual-statistics">
      <h2 id="statistics-heading">{t("statistics.heading")}</h2>
      <p>{t("statistics.lead", { from: formatMonth(s.from, lng), to: formatMonth(s.to, lng) })}</p>
      <dl className="facts">
        <dt>{t("statistics.average")}</dt>
        <dd>{s.average === null ? t("statistics.notShown", { threshold }) : formatNumber(s.average, lng)}</dd>
        <dt>{t("statistics.highest")}</dt>
        <dd>{count(s.highest)}</dd>
        <dt>{t("statistics.lowest")}</dt>
        <dd>{count(s.lowest)}</dd>
        <dt>{t("statistics.onTime")}</dt>
        <dd>
          {s.onTimeShare === null || s.decided === null
            ? t("statistics.notShown", { threshold })
            : t("statistics.onTimeValue", { share: formatShare(s.onTimeShare, lng), decided: formatNumber(s.decided, lng) })}
        </dd>
      </dl>
      {s.suppressed.length > 0 ? <p className="muted">{t("statistics.suppressedNote", { threshold })}</p> : null}
      <p>
        <a href={`/api/v1/statistics?permit=${slug}`}>{t("statistics.openData")}</a>
        {" · "}
        <a href={`/api/v1/statistics.csv?permit=${slug}`}>{t("statistics.openDataCsv")}</a>
      </p>
    </section>
  );
}
