// One life-event guide (issue 10): the questionnaire is a GET form, so the result's link
// encodes the answers (stable, printable, shareable); the result is computed from today by the
// clock. Printing the page prints the result (print CSS hides the form and the navigation).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GuideResultView } from "~/components/guides/guide-result";
import { PrintButton } from "~/components/guides/print-button";
import { Questionnaire } from "~/components/guides/questionnaire";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { canonicalSearch, guideOutcome, presentGuide, presentQuestions, presentResult, requirePublishedGuide } from "~/services/guides.server";
import { todayInBangkok } from "~/utils/clock.server";
import { formatDate } from "~/utils/format";
import { renderCacheHeaders } from "~/utils/render-cache.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// The production server may keep this render (decision 0019), within the same Bangkok day:
// the expected dates count from today.
export const headers = renderCacheHeaders({ maxAgeSeconds: 3600, clock: "day" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const guide = await requirePublishedGuide(params.slug ?? "");
  const [lng, t] = [await getLanguage(request), await getT(request, "guides")];
  const search = new URL(request.url).searchParams;
  const today = todayInBangkok();
  const outcome = await guideOutcome(guide, search, today);
  const presented = presentGuide(guide, lng);
  const result = outcome.result ? presentResult(outcome.result, lng) : null;
  return {
    guide: presented,
    questions: presentQuestions(guide, search, outcome.answers, lng),
    result,
    today,
    link: result ? `/guides/${guide.slug}?${canonicalSearch(guide, outcome)}` : null,
    online: !!result && result.permits.length > 0 && result.permits.every((p) => p.online),
    title: `${presented.title} · ${t("list.title")}`,
  };
}

export default function GuidePage() {
  const { guide, questions, result, today, link, online } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("guides");
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <div className="container guide">
      <nav aria-label={t("list.breadcrumb")} className="breadcrumb no-print">
        <Link to="/guides">{t("list.title")}</Link>
      </nav>
      <h1>{guide.title}</h1>
      <p className="lead">{guide.summary}</p>
      <Questionnaire questions={questions} submitLabel={result ? t("questionnaire.update") : t("questionnaire.submit")} />
      {result ? (
        <section aria-labelledby="result-heading" className="guide-result">
          <h2 id="result-heading">{t("result.heading")}</h2>
          <p className="print-only">{t("result.printedOn", { date: formatDate(today, lng) })}</p>
          <ul className="answers-summary">
            {questions.map((q) => (
              <li key={q.key}>
                {q.label}: <strong>{answerText(q, t)}</strong>
              </li>
            ))}
          </ul>
          <GuideResultView result={result} today={today} />
          <div className="actions no-print">
            <p>
              {t("result.link")} <a href={link!}>{t("result.linkText")}</a>
            </p>
            <PrintButton label={t("result.print")} />
            {online ? (
              <p>
                <Link className="button" to={`/guides/${guide.slug}/apply?${link!.split("?")[1]}`}>
                  {t("result.applyOnline")}
                </Link>
              </p>
            ) : result.permits.length > 0 ? (
              <p>{t("result.atCounter")}</p>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}

function answerText(q: { type: string; value: string; unit: string; options: { value: string; label: string }[] }, t: (k: string) => string) {
  if (q.type === "yes_no") return q.value === "yes" ? t("questionnaire.yes") : t("questionnaire.no");
  if (q.type === "choice") return q.options.find((o) => o.value === q.value)?.label ?? q.value;
  return `${q.value} ${q.unit}`.trim();
}
