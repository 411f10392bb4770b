import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ManualBody } from "~/components/manual/manual-body";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { requireManualView } from "~/services/manual.server";
import { env } from "~/utils/env.server";
import { qrSvg } from "~/utils/qr.server";
import { renderCacheHeaders } from "~/utils/render-cache.server";

// R7.2: the manual on A4 for posting at every counter: black on white, no navigation,
// every field, and a QR code to the online manual.
export const handle = { bare: true };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// Public content only (decision 0019): the production server may keep this render.
export const headers = renderCacheHeaders({ maxAgeSeconds: 3600 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lng = await getLanguage(request);
  const manual = await requireManualView(params.slug, lng);
  const t = await getT(request, "manual");
  const onlineUrl = `${env().PUBLIC_URL.replace(/\/$/, "")}/permits/${manual.slug}?lng=${lng}`;
  return { manual, onlineUrl, qr: await qrSvg(onlineUrl), title: `${t("print.title")}: ${manual.name}` };
}

export default function ManualPrint() {
  const { manual, onlineUrl, qr } = useLoaderData<typeof loader>();
  const { t } = useTranslation("manual");
  return (
    <main className="print-sheet" id="main">
      <p className="print-only-hidden screen-note">
        <Link to={`/permits/${manual.slug}`}>{t("print.back")}</Link> · {t("print.hint")}
      </p>
      <header className="print-header">
        <div>
          <p className="eyebrow">{t("page.titlePrefix")}</p>
          <h1>{manual.name}</h1>
          <p>
            {manual.agency.name} · {manual.agency.ministry.name}
          </p>
        </div>
        <figure className="print-qr">
          <div role="img" aria-label={t("print.qrLabel")} dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption>
            {t("print.qrCaption")}
            <br />
            <span className="url">{onlineUrl}</span>
          </figcaption>
        </figure>
      </header>
      <ManualBody manual={manual} />
    </main>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
