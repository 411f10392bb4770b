import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StaffSearch } from "~/components/staff/staff-search";
import { RequestTable } from "~/components/staff/request-table";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { QUEUE_FILTERS, type QueueFilter } from "~/domain/requests/queue-filters";
import { listRequestsInScope } from "~/models/counter.server";
import { getWorkCalendar } from "~/services/calendar.server";
import { todayInBangkok } from "~/utils/clock.server";
import { requirePermission } from "~/services/auth.server";
import { toListRows } from "~/services/request-list.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// Requests in the signed-in user's scope (O4: personal data masked).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "request.view");
  const [lng, t] = [await getLanguage(request), await getT(request, "staff")];
  const params = new URL(request.url).searchParams;
  const q = params.get("q")?.slice(0, 100) ?? "";
  const asked = params.get("filter");
  const filter: QueueFilter = QUEUE_FILTERS.includes(asked as QueueFilter) ? (asked as QueueFilter) : "open";
  const today = todayInBangkok();
  const rows = await listRequestsInScope(user, q, filter, today);
  return { q, filter, rows: toListRows(rows, lng, today, await getWorkCalendar()), title: t("nav.requests") };
}

export default function Requests() {
  const { q, filter, rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation("staff");
  return (
    <>
      <h1>{t("nav.requests")}</h1>
      <nav aria-label={t("queue.filters")} className="tabs">
        <ul>
          {QUEUE_FILTERS.map((f) => (
            <li key={f}>
              <Link to={`?filter=${f}${q ? `&q=${encodeURIComponent(q)}` : ""}`} aria-current={f === filter ? "page" : undefined}>
                {t(`queue.${f}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <StaffSearch label={t("counter.search")} defaultValue={q} />
      <RequestTable rows={rows} caption={t("nav.requests")} />
    </>
  );
}
