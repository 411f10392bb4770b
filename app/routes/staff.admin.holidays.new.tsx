// Add a holiday (issue 7, T3); open requests' due dates follow in the same transaction (T7).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HolidayForm } from "~/components/admin/holiday-form";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { zodFieldErrors } from "~/components/forms/use-validated-form";
import { getT } from "~/i18n/i18n.server";
import { HolidaySchema, YearSchema } from "~/schemas/holidays";
import { requirePermission } from "~/services/auth.server";
import { addHoliday } from "~/services/holiday-admin.server";
import { summaryHeaders } from "~/services/holiday-summary.server";
import { todayInBangkok } from "~/utils/clock.server";
import { readForm } from "~/utils/read-form.server";
import { formDataToObject } from "~/utils/form-data";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "holiday.manage");
  const asked = YearSchema.safeParse(new URL(request.url).searchParams.get("year") ?? undefined);
  const t = await getT(request, "holidays");
  return { year: asked.success ? asked.data : Number(todayInBangkok().slice(0, 4)), title: t("form.newTitle") };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "holiday.manage");
  const values = formDataToObject(await readForm(request)) as Record<string, string>;
  const parsed = HolidaySchema.safeParse(values);
  if (!parsed.success) return data({ errors: zodFieldErrors(parsed.error), values }, { status: 400 });
  const result = await addHoliday(user, parsed.data);
  if (!result.ok) return data({ errors: result.errors, values }, { status: 409 });
  throw redirect(`/staff/admin/holidays?year=${result.summary.year}`, { headers: await summaryHeaders(result.summary) });
}

export default function NewHoliday() {
  const { year } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("holidays");
  const typed = (actionData?.values ?? {}) as Record<string, string>;
  return (
    <>
      <h1>{t("form.newTitle")}</h1>
      <HolidayForm
        values={{ date: typed.date ?? "", nameTh: typed.nameTh ?? "", nameEn: typed.nameEn ?? "", kind: typed.kind ?? "special" }}
        serverErrors={actionData?.errors}
        submitLabel={t("form.add")}
        cancelTo={`/staff/admin/holidays?year=${year}`}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
