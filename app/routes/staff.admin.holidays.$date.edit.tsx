// Change a holiday's date, names or kind (issue 7). A new date moves open requests' due dates
// (T7); new names or kind change no date.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HolidayForm } from "~/components/admin/holiday-form";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { zodFieldErrors } from "~/components/forms/use-validated-form";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { HolidaySchema } from "~/schemas/holidays";
import { requirePermission } from "~/services/auth.server";
import { requireHoliday, updateHoliday } from "~/services/holiday-admin.server";
import { summaryHeaders } from "~/services/holiday-summary.server";
import { formatDate } from "~/utils/format";
import { readForm } from "~/utils/read-form.server";
import { formDataToObject } from "~/utils/form-data";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "holiday.manage");
  const holiday = await requireHoliday(params.date ?? "");
  const [t, lng] = [await getT(request, "holidays"), await getLanguage(request)];
  return { holiday, title: t("form.editTitle", { date: formatDate(holiday.date, lng) }) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "holiday.manage");
  const holiday = await requireHoliday(params.date ?? "");
  const values = formDataToObject(await readForm(request)) as Record<string, string>;
  const parsed = HolidaySchema.safeParse(values);
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values }, { status: 400 });
  const result = await updateHoliday(user, holiday.date, parsed.data);
  if (!result.ok) return data({ errors: result.errors, values }, { status: 409 });
  throw redirect(`/staff/admin/holidays?year=${result.summary.year}`, { headers: await summaryHeaders(result.summary) });
}

export default function EditHoliday() {
  const { holiday } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("holidays");
  const lng = i18n.language === "en" ? "en" : "th";
  const values = { ...holiday, ...((actionData?.values ?? {}) as Record<string, string>) };
  return (
    <>
      <h1>{t("form.editTitle", { date: formatDate(holiday.date, lng) })}</h1>
      <HolidayForm values={values} serverErrors={actionData?.errors} submitLabel={t("form.save")} cancelTo={`/staff/admin/holidays?year=${holiday.date.slice(0, 4)}`} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
