import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PermitCard } from "~/components/permits/permit-card";
import { CATEGORIES, PERMIT_KINDS } from "~/domain/manual/vocabulary";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { listFilterOptions } from "~/models/permit.server";
import { parseCatalogueQuery } from "~/schemas/catalogue";
import { searchCatalogue } from "~/services/catalogue.server";
import { localize } from "~/utils/localize";
import { renderCacheHeaders } from "~/utils/render-cache.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// Public content only: the catalogue and its search (decision 0019): the production server may keep this render.
export const headers = renderCacheHeaders({ maxAgeSeconds: 3600 });

export async function loader({ request }: LoaderFunctionArgs) {
  const query = parseCatalogueQuery(new URL(request.url));
  const [lng, t] = [await getLanguage(request), await getT(request)];
  const [found, options] = await Promise.all([searchCatalogue(query), listFilterOptions()]);
  const title = query.q ? t("catalogue.titleSearch", { q: query.q.slice(0, 60) }) : t("catalogue.title");
  return {
    query,
    results: localize(found.results, lng),
    counts: found.counts,
    options: localize(options, lng),
    title: `${title} · ${t("layout.brand")}`,
  };
}

export default function Catalogue() {
  const { query, results, counts, options } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { t: tm } = useTranslation("manual");
  const filters = [
    { name: "category", label: t("catalogue.category"), values: CATEGORIES.map((c) => ({ value: c, label: tm(`categories.${c}`) })) },
    { name: "kind", label: t("catalogue.kind"), values: PERMIT_KINDS.map((k) => ({ value: k, label: tm(`kinds.${k}`) })) },
    { name: "agency", label: t("catalogue.agency"), values: options.agencies.map((a) => ({ value: a.code, label: a.name })) },
    { name: "center", label: t("catalogue.center"), values: options.serviceCenters.map((c) => ({ value: c.code, label: c.name })) },
  ] as const;
  const active = filters.some((f) => query[f.name]) || !!query.q;

  return (
    <div className="container">
      <h1>{t("catalogue.heading")}</h1>
      <p className="guides-link">
        <Link to="/guides">{t("guides:list.homeLink")}</Link>
      </p>
      <Form method="get" action="/permits" className="catalogue-form" role="search">
        <div className="search-form">
          <label htmlFor="q">{t("search.label")}</label>
          <div className="search-form__row">
            <input id="q" name="q" type="search" maxLength={200} defaultValue={query.q ?? ""} placeholder={t("search.placeholder")} />
            <button type="submit">{t("search.submit")}</button>
          </div>
        </div>
        <fieldset className="filters">
          <legend>{t("catalogue.filters")}</legend>
          {filters.map((f) => (
            <div className="field" key={f.name}>
              <label htmlFor={`filter-${f.name}`}>{f.label}</label>
              <select id={`filter-${f.name}`} name={f.name} defaultValue={query[f.name] ?? ""}>
                <option value="">{t("catalogue.any")}</option>
                {f.values.map((v) => (
                  <option key={v.value} value={v.value}>
                    {t("catalogue.optionWithCount", { label: v.label, count: counts[f.name][v.value] ?? 0 })}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div className="filters__actions">
            <button type="submit">{t("catalogue.apply")}</button>
            {active ? <Link to="/permits">{t("catalogue.clear")}</Link> : null}
          </div>
        </fieldset>
      </Form>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" aria-live="polite">
          {query.q ? t("catalogue.resultsFor", { count: results.length, q: query.q.slice(0, 60) }) : t("catalogue.results", { count: results.length })}
        </h2>
        {results.length === 0 ? (
          <div className="empty-state">
            <p>{t("catalogue.noResults")}</p>
            <ul>
              <li>{t("catalogue.noResultsHint1")}</li>
              <li>{t("catalogue.noResultsHint2")}</li>
            </ul>
            <Link to="/permits">{t("catalogue.seeAll")}</Link>
          </div>
        ) : (
          <ul className="permit-list">
            {results.map((p) => (
              <PermitCard key={p.slug} permit={p} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
