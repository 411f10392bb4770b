// Remove a holiday, after a confirmation page (works without JavaScript: GET shows the
// question, POST removes). Open requests' due dates follow (T7).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { removeHoliday, requireHoliday } from "~/services/holiday-admin.server";
import { summaryHeaders } from "~/services/holiday-summary.server";
import { formatDate } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "holiday.manage");
  const holiday = await requireHoliday(params.date ?? "");
  const [t, lng] = [await getT(request, "holidays"), await getLanguage(request)];
  return { holiday, title: t("remove.title", { date: formatDate(holiday.date, lng) }) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "holiday.manage");
  const result = await removeHoliday(user, params.date ?? "");
  if (!result.ok) throw new Response("Conflict", { status: 409 });
  throw redirect(`/staff/admin/holidays?year=${result.summary.year}`, { headers: await summaryHeaders(result.summary) });
}

export default function RemoveHoliday() {
  const { holiday } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("holidays");
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <>
      <h1>{t("remove.title", { date: formatDate(holiday.date, lng) })}</h1>
      <p>{t("remove.body", { name: lng === "th" ? holiday.nameTh : holiday.nameEn })}</p>
      <Form method="post" className="inline-form">
        <button type="submit">{t("remove.confirm")}</button>
        <Link to={`/staff/admin/holidays?year=${holiday.date.slice(0, 4)}`}>{t("remove.cancel")}</Link>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
