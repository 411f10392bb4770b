import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StaffSearch } from "~/components/staff/staff-search";
import { RequestTable } from "~/components/staff/request-table";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { listRequestsInScope } from "~/models/counter.server";
import { requirePermission } from "~/services/auth.server";
import { toListRows } from "~/services/request-list.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// Requests in the signed-in user's scope (O4: personal data masked).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "request.view");
  const [lng, t] = [await getLanguage(request), await getT(request, "staff")];
  const q = new URL(request.url).searchParams.get("q")?.slice(0, 100) ?? "";
  const rows = await listRequestsInScope(user, q);
  return { q, rows: toListRows(rows, lng), title: t("nav.requests") };
}

export default function Requests() {
  const { q, rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation("staff");
  return (
    <>
      <h1>{t("nav.requests")}</h1>
      <StaffSearch label={t("counter.search")} defaultValue={q} />
      <RequestTable rows={rows} caption={t("nav.requests")} />
    </>
  );
}
