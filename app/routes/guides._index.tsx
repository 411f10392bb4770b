// Life-event guides (issue 10): "what do I need to …" — one questionnaire per life event.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { presentGuide, publishedGuides } from "~/services/guides.server";
import { renderCacheHeaders } from "~/utils/render-cache.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// Public content only (decision 0019): the production server may keep this render.
export const headers = renderCacheHeaders({ maxAgeSeconds: 3600 });

export async function loader({ request }: LoaderFunctionArgs) {
  const [lng, t] = [await getLanguage(request), await getT(request, "guides")];
  const guides = (await publishedGuides()).map((g) => ({ ...presentGuide(g, lng), permits: g.definition.permits.length }));
  return { guides, title: `${t("list.title")} · ${t("common:layout.brand")}` };
}

export default function GuideList() {
  const { guides } = useLoaderData<typeof loader>();
  const { t } = useTranslation("guides");
  return (
    <div className="container">
      <h1>{t("list.title")}</h1>
      <p className="lead">{t("list.lead")}</p>
      <ul className="guide-list">
        {guides.map((g) => (
          <li key={g.slug}>
            <h2>
              <Link to={`/guides/${g.slug}`}>{g.title}</Link>
            </h2>
            <p>{g.summary}</p>
          </li>
        ))}
      </ul>
      {guides.length === 0 ? <p>{t("list.none")}</p> : null}
    </div>
  );
}
