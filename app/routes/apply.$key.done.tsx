import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TimeLimitText } from "~/components/permits/time-limit";
import type { TimeUnit } from "~/domain/manual/vocabulary";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requireDraft } from "~/services/apply.server";
import { computeDecisionDue } from "~/services/due-date.server";
import { listFilesOfRequestByNumber } from "~/services/tracking.server";
import { now, todayInBangkok } from "~/utils/clock.server";
import { env } from "~/utils/env.server";
import { formatDate } from "~/utils/format";
import { qrSvg } from "~/utils/qr.server";

// Confirmation, and the printable receipt: the tracking number, what was received, what
// happens next and by when, and a QR code to the public tracking page.
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const draft = await requireDraft(request, params.key, now(), { submitted: true });
  const [lng, t] = [await getLanguage(request), await getT(request, "apply")];
  const number = draft.trackingNumber!;
  const today = todayInBangkok();
  const total = { value: draft.manual.totalValue, unit: draft.manual.totalUnit as TimeUnit };
  // If the documents are found complete today, the decision is due by this date (R10.1).
  const due = await computeDecisionDue(today, total);
  const trackUrl = `${env().PUBLIC_URL.replace(/\/$/, "")}/track?number=${encodeURIComponent(number)}`;
  return {
    number,
    permit: lng === "th" ? draft.manual.nameTh : draft.manual.nameEn,
    files: await listFilesOfRequestByNumber(number),
    today,
    total,
    dueIfComplete: due.dueDate,
    trackUrl,
    qr: await qrSvg(trackUrl),
    title: `${t("done.title")} · ${number}`,
  };
}

export default function Done() {
  const d = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("apply");
  const lng = i18n.language === "en" ? "en" : "th";
  return (
    <div className="container narrow apply">
      <div className="panel-confirmation">
        <h1>{t("done.title")}</h1>
        <p>{t("done.number")}</p>
        <strong className="tracking" data-testid="tracking-number">
          {d.number}
        </strong>
      </div>
      <p>{t("done.keep")}</p>
      <dl className="facts">
        <dt>{t("done.permit")}</dt>
        <dd>{d.permit}</dd>
        <dt>{t("done.received")}</dt>
        <dd>{formatDate(d.today, lng)}</dd>
        <dt>{t("done.files")}</dt>
        <dd>
          <ul>
            {d.files.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <h2>{t("done.nextHeading")}</h2>
      <ol>
        <li>{t("done.next1")}</li>
        <li>{t("done.next2")}</li>
        <li>
          {t("done.next3")} <TimeLimitText limit={d.total} /> — {t("done.dueIfComplete", { date: formatDate(d.dueIfComplete, lng) })}
        </li>
      </ol>
      <figure className="print-qr">
        <div role="img" aria-label={t("done.qrLabel")} dangerouslySetInnerHTML={{ __html: d.qr }} />
        <figcaption className="url">{d.trackUrl}</figcaption>
      </figure>
      <p className="no-print">
        <Link to={`/track?number=${encodeURIComponent(d.number)}`}>{t("done.track")}</Link>
      </p>
      <p className="no-print">
        <button type="button" className="button--secondary" onClick={() => window.print()}>
          {t("done.print")}
        </button>
      </p>
    </div>
  );
}
