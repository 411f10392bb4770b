import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StaffSearch } from "~/components/staff/staff-search";
import { RequestTable } from "~/components/staff/request-table";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { listCenterRequestsOn, listOpenDeficiencies, searchCenterRequests } from "~/models/counter.server";
import { requirePermission } from "~/services/auth.server";
import { toListRows } from "~/services/request-list.server";
import { todayInBangkok } from "~/utils/clock.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "counter.home");
  const [lng, t] = [await getLanguage(request), await getT(request, "staff")];
  const q = new URL(request.url).searchParams.get("q")?.slice(0, 100) ?? "";
  const center = user.serviceCenterId;
  const today = todayInBangkok();
  const [todays, deficient, found] = await Promise.all([
    center ? listCenterRequestsOn(center, today) : [],
    center ? listOpenDeficiencies(center) : [],
    q ? searchCenterRequests(user.role === "admin" ? null : center, q) : [],
  ]);
  // Nearest cure deadline first: those are the ones to chase.
  const open = toListRows(deficient, lng).sort((a, b) => (a.cureDeadline ?? "").localeCompare(b.cureDeadline ?? ""));
  return { q, today: toListRows(todays, lng), open, found: toListRows(found, lng), title: t("counter.title") };
}

export default function CounterHome() {
  const { q, today, open, found } = useLoaderData<typeof loader>();
  const { t } = useTranslation("staff");
  return (
    <>
      <h1>{t("counter.title")}</h1>
      <p>
        <Link to="/staff/intake/new" className="button">
          {t("counter.newIntake")}
        </Link>
      </p>
      <StaffSearch label={t("counter.search")} defaultValue={q} />
      {q ? (
        <section aria-labelledby="found-heading">
          <h2 id="found-heading">{t("counter.found", { count: found.length })}</h2>
          <RequestTable rows={found} caption={t("counter.found", { count: found.length })} />
        </section>
      ) : null}
      <section aria-labelledby="today-heading">
        <h2 id="today-heading">{t("counter.today", { count: today.length })}</h2>
        <RequestTable rows={today} caption={t("counter.today", { count: today.length })} />
      </section>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">{t("counter.openDeficiencies", { count: open.length })}</h2>
        <RequestTable rows={open} caption={t("counter.openDeficiencies", { count: open.length })} />
      </section>
    </>
  );
}
