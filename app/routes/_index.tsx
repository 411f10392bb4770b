import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PermitCard } from "~/components/permits/permit-card";
import { CATEGORIES } from "~/domain/manual/vocabulary";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { listMostUsedPermits } from "~/models/permit.server";
import { presentGuide, publishedGuides } from "~/services/guides.server";
import { localize } from "~/utils/localize";
import { renderCacheHeaders } from "~/utils/render-cache.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Anuyat" },
  { name: "description", content: data?.description ?? "" },
];

// Public content only (decision 0019): the production server may keep this render.
export const headers = renderCacheHeaders({ maxAgeSeconds: 3600 });

export async function loader({ request }: LoaderFunctionArgs) {
  const [lng, t] = [await getLanguage(request), await getT(request)];
  const [popular, guides] = await Promise.all([listMostUsedPermits(6), publishedGuides()]);
  return { popular: localize(popular, lng), guides: guides.map((g) => presentGuide(g, lng)), title: t("home.metaTitle"), description: t("home.metaDescription") };
}

export default function Home() {
  const { popular, guides } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { t: tm } = useTranslation("manual");
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t("home.heading")}</h1>
          <p className="lead">{t("home.lead")}</p>
          <Form method="get" action="/permits" role="search" className="search-form">
            <label htmlFor="home-q">{t("search.label")}</label>
            <div className="search-form__row">
              <input id="home-q" name="q" type="search" maxLength={200} placeholder={t("search.placeholder")} />
              <button type="submit">{t("search.submit")}</button>
            </div>
          </Form>
        </div>
      </section>
      <div className="container">
        <section aria-labelledby="guides-heading" className="guides-teaser">
          <h2 id="guides-heading">{t("guides:list.title")}</h2>
          <p>{t("guides:list.lead")}</p>
          <ul className="category-list">
            {guides.map((g) => (
              <li key={g.slug}>
                <Link to={`/guides/${g.slug}`}>{g.title}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/guides">{t("guides:list.homeLink")}</Link>
          </p>
        </section>
        <section aria-labelledby="popular-heading">
          <h2 id="popular-heading">{t("home.popular")}</h2>
          <ul className="permit-grid">
            {popular.map((p) => (
              <PermitCard key={p.slug} permit={p} />
            ))}
          </ul>
          <p>
            <Link to="/permits">{t("home.allPermits")}</Link>
          </p>
        </section>
        <section aria-labelledby="categories-heading">
          <h2 id="categories-heading">{t("home.categories")}</h2>
          <ul className="category-list">
            {CATEGORIES.map((c) => (
              <li key={c}>
                <Link to={`/permits?category=${c}`}>{tm(`categories.${c}`)}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="rights-heading" className="rights">
          <h2 id="rights-heading">{t("home.rightsHeading")}</h2>
          <ul>
            <li>{t("home.right1")}</li>
            <li>{t("home.right2")}</li>
            <li>{t("home.right3")}</li>
            <li>{t("home.right4")}</li>
          </ul>
        </section>
      </div>
    </>
  );
}
