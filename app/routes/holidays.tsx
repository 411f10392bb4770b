import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { looksIncomplete } from "~/domain/holidays/completeness";
import { getT } from "~/i18n/i18n.server";
import { listHolidays } from "~/models/holiday.server";
import { todayInBangkok } from "~/utils/clock.server";
import { formatDateWithWeekday } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getT(request);
  const year = Number(todayInBangkok().slice(0, 4));
  const holidays = await listHolidays(`${year}-01-01`, `${year + 1}-12-31`);
  const years = [year, year + 1].map((y) => {
    const rows = holidays.filter((h) => h.date.startsWith(`${y}-`));
    return { year: y, rows, incomplete: looksIncomplete(rows.length) };
  });
  return { years, title: `${t("holidays.heading")} · ${t("layout.brand")}` };
}

export default function Holidays() {
  const { years } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lng = i18n.language === "en" ? "en" : "th";
  const eraYear = (y: number) => (lng === "th" ? y + 543 : y);
  return (
    <div className="container narrow">
      <h1>{t("holidays.heading")}</h1>
      <p className="lead">{t("holidays.lead")}</p>
      {years.map(({ year, rows, incomplete }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{t("holidays.year", { year: eraYear(year) })}</h2>
          {incomplete ? (
            <p className="warning" role="note">
              {t("holidays.incomplete", { year: eraYear(year), count: rows.length })}
            </p>
          ) : null}
          {rows.length > 0 ? (
            <table className="holiday-list">
              <caption className="visually-hidden">{t("holidays.year", { year: eraYear(year) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("holidays.date")}</th>
                  <th scope="col">{t("holidays.nameTh")}</th>
                  <th scope="col">{t("holidays.nameEn")}</th>
                  <th scope="col">{t("holidays.kind")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((h) => (
                  <tr key={h.date}>
                    <td>
                      <time dateTime={h.date}>{formatDateWithWeekday(h.date, lng)}</time>
                    </td>
                    <td lang="th">{h.nameTh}</td>
                    <td lang="en">{h.nameEn}</td>
                    <td>{t(`holidays.kinds.${h.kind}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ))}
      <p>{t("holidays.rules")}</p>
    </div>
  );
}
