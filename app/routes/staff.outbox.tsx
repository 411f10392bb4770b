import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { toBangkokDate } from "~/domain/calendar";
import { OUTBOX_FILTERS, parseOutboxQuery, type OutboxFilter } from "~/domain/outbox/query";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { listOutbox } from "~/services/outbox.server";
import { hasMailer } from "~/utils/mailer.server";
import { bangkokTime, formatDate } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// Every notice of the requests in the user's scope, newest first, so staff see what went out
// and what is stuck (issue #5). The address is masked (O4).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "outbox.view");
  const t = await getT(request, "staff");
  const { filter, page } = parseOutboxQuery(new URL(request.url).searchParams);
  const list = await listOutbox(user, filter, page);
  return { filter, page, ...list, mailOn: hasMailer(), title: t("outbox.title") };
}

function pageLink(filter: OutboxFilter, page: number) {
  const params = new URLSearchParams();
  if (filter !== "all") params.set("state", filter);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/staff/outbox${query ? `?${query}` : ""}`;
}

export default function Outbox() {
  const { filter, page, pages, total, rows, mailOn } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  const instant = (iso: string | null) => (iso ? `${formatDate(toBangkokDate(new Date(iso)), lng)} ${bangkokTime(iso)}` : "—");
  return (
    <>
      <h1>{t("outbox.title")}</h1>
      <p className="hint">{t("outbox.lead")}</p>
      {mailOn ? null : <p role="status">{t("outbox.mailOff")}</p>}
      <Form method="get" className="search-form">
        <label htmlFor="state">{t("outbox.filter")}</label>
        <div className="search-form__row">
          <select id="state" name="state" defaultValue={filter}>
            {OUTBOX_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`outbox.filters.${f}`)}
              </option>
            ))}
          </select>
          <button type="submit">{t("outbox.show")}</button>
        </div>
      </Form>
      <p>{t("outbox.total", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("outbox.empty")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t("outbox.title")} tabIndex={0}>
          <table>
            <caption className="visually-hidden">{t("outbox.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("outbox.columns.tracking")}</th>
                <th scope="col">{t("outbox.columns.kind")}</th>
                <th scope="col">{t("outbox.columns.recipient")}</th>
                <th scope="col">{t("outbox.columns.language")}</th>
                <th scope="col">{t("outbox.columns.dueOn")}</th>
                <th scope="col">{t("outbox.columns.state")}</th>
                <th scope="col">{t("outbox.columns.attempts")}</th>
                <th scope="col">{t("outbox.columns.nextTry")}</th>
                <th scope="col">{t("outbox.columns.lastError")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((n) => (
                <tr key={n.id}>
                  <th scope="row">
                    <Link to={`/staff/requests/${n.trackingNumber}`}>{n.trackingNumber}</Link>
                  </th>
                  <td>{t(`outbox.kinds.${n.kind}`)}</td>
                  <td>{n.recipient || <span className="muted">{t("outbox.noEmail")}</span>}</td>
                  <td>{t(`outbox.languages.${n.language}`)}</td>
                  <td>{formatDate(n.dueOn, lng)}</td>
                  <td>
                    {t(`noticeStates.${n.state}`)}
                    {n.sentAt ? (
                      <>
                        <br />
                        <span className="muted">{instant(n.sentAt)}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{n.attempts}</td>
                  <td>{instant(n.nextAttemptAt)}</td>
                  <td>{n.lastError || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={t("outbox.pages")}>
          <p className="inline-form">
            {page > 1 ? (
              <Link to={pageLink(filter, page - 1)} rel="prev">
                {t("outbox.previous")}
              </Link>
            ) : null}
            <span>{t("outbox.page", { page, pages })}</span>
            {page < pages ? (
              <Link to={pageLink(filter, page + 1)} rel="next">
                {t("outbox.next")}
              </Link>
            ) : null}
          </p>
        </nav>
      ) : null}
    </>
  );
}
