import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Honeypot } from "~/components/apply/apply-page";
import { TimeLimitText } from "~/components/permits/time-limit";
import type { TimeUnit } from "~/domain/manual/vocabulary";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { allowsOnline } from "~/models/permit.server";
import { isBot } from "~/schemas/apply";
import { startApplication } from "~/services/apply.server";
import { loadIntakeManual } from "~/services/intake.server";
import { now } from "~/utils/clock.server";
import { env } from "~/utils/env.server";
import { formDataToObject } from "~/utils/form-data";
import { clientAddress, hit } from "~/utils/rate-limit.server";
import { readForm } from "~/utils/read-form.server";

// "Apply online" (E1): what the applicant will need, then a draft is started.
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const permit = await loadIntakeManual(params.slug ?? "");
  if (!(await allowsOnline(permit.manual.id))) throw new Response("Not found", { status: 404 });
  const [lng, t] = [await getLanguage(request), await getT(request, "apply")];
  const name = lng === "th" ? permit.manual.nameTh : permit.manual.nameEn;
  return {
    slug: permit.slug,
    name,
    total: { value: permit.manual.totalValue, unit: permit.manual.totalUnit as TimeUnit },
    documents: permit.manual.documents.map((d) => ({ id: d.id, name: lng === "th" ? d.nameTh : d.nameEn, condition: (lng === "th" ? d.conditionTh : d.conditionEn) || null })),
    title: `${t("start.title")} · ${name}`,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const values = formDataToObject(await readForm(request));
  if (isBot(values)) return data({ error: "apply:errors.rejected" }, { status: 400 });
  if (!(await hit(`apply-start:${clientAddress(request)}`, env().APPLICATIONS_PER_HOUR, 60 * 60_000))) return data({ error: "apply:errors.tooMany" }, { status: 429 });
  const { key, setCookie } = await startApplication(request, params.slug ?? "", await getLanguage(request), now());
  throw redirect(`/apply/${key}/applicant`, { headers: { "Set-Cookie": setCookie } });
}

export default function ApplyStart() {
  const p = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("apply");
  return (
    <div className="container narrow apply">
      <p className="eyebrow">{p.name}</p>
      <h1>{t("start.title")}</h1>
      {answer?.error ? (
        <p className="error-summary" role="alert">
          {t(answer.error)}
        </p>
      ) : null}
      <p className="lead">{t("start.lead")}</p>
      <h2>{t("start.needHeading")}</h2>
      <ul>
        {p.documents.map((d) => (
          <li key={d.id}>
            {d.name}
            {d.condition ? <span className="muted"> — {d.condition}</span> : null}
          </li>
        ))}
      </ul>
      <p>{t("start.files")}</p>
      <h2>{t("start.timeHeading")}</h2>
      <p>
        {t("start.time")} <TimeLimitText limit={p.total} />
      </p>
      <h2>{t("start.privacyHeading")}</h2>
      <p>{t("privacy")}</p>
      <Form method="post">
        <Honeypot />
        <button type="submit" className="button button--start">
          {t("start.button")}
        </button>
      </Form>
      <p>
        <Link to={`/permits/${p.slug}`}>{t("start.backToManual")}</Link>
      </p>
    </div>
  );
}
