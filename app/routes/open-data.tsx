import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18n/i18n.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getT(request);
  return { title: `${t("openData.heading")} · ${t("layout.brand")}` };
}

const ENDPOINTS = [
  { path: "/api/v1/permits", key: "list" },
  { path: "/api/v1/permits?q=food", key: "search" },
  { path: "/api/v1/permits/commercial-registration", key: "manual" },
  { path: "/api/v1/permits.csv", key: "csv" },
  { path: "/api/v1/statistics", key: "statistics" },
  { path: "/api/v1/statistics?permit=commercial-registration&from=2025-01&to=2025-12", key: "statisticsQuery" },
  { path: "/api/v1/statistics.csv", key: "statisticsCsv" },
] as const;

export default function OpenData() {
  useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="container narrow">
      <h1>{t("openData.heading")}</h1>
      <p className="lead">{t("openData.lead")}</p>
      <table>
        <caption>{t("openData.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("openData.endpoint")}</th>
            <th scope="col">{t("openData.description")}</th>
          </tr>
        </thead>
        <tbody>
          {ENDPOINTS.map((e) => (
            <tr key={e.path}>
              <td>
                <a href={e.path}>
                  <code>{e.path}</code>
                </a>
              </td>
              <td>{t(`openData.endpoints.${e.key}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t("openData.statisticsNote")}</p>
      <p>{t("openData.privacy")}</p>
    </div>
  );
}
