import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StaffSearch } from "~/components/staff/staff-search";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { parseCatalogueQuery } from "~/schemas/catalogue";
import { requirePermission } from "~/services/auth.server";
import { searchCatalogue } from "~/services/catalogue.server";
import { presentGuide, publishedGuides } from "~/services/guides.server";
import { localize } from "~/utils/localize";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// Step 1 of an intake: pick the permit, searching exactly as the public catalogue does.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "intake.create");
  const query = parseCatalogueQuery(new URL(request.url));
  const [lng, t] = [await getLanguage(request), await getT(request, "staff")];
  const [{ results }, guides] = await Promise.all([searchCatalogue(query), publishedGuides()]);
  return { q: query.q ?? "", results: localize(results, lng), guides: guides.map((g) => presentGuide(g, lng)), title: t("intake.pickTitle") };
}

export default function PickPermit() {
  const { q, results, guides } = useLoaderData<typeof loader>();
  const { t } = useTranslation("staff");
  const { t: tg } = useTranslation("guides");
  return (
    <>
      <h1>{t("intake.pickTitle")}</h1>
      <StaffSearch label={t("intake.pickSearch")} defaultValue={q} maxLength={200} />
      <ul className="pick-list">
        {results.map((p) => (
          <li key={p.slug}>
            <Link to={`/staff/intake/new/${p.slug}`}>{p.name}</Link> <span className="muted">· {p.agency.name}</span>
          </li>
        ))}
      </ul>
      {results.length === 0 ? <p>{t("intake.pickNone")}</p> : null}
      {guides.length > 0 ? (
        <section aria-labelledby="bundle-heading">
          <h2 id="bundle-heading">{tg("intake.pick")}</h2>
          <p className="hint">{tg("intake.pickHint")}</p>
          <ul className="pick-list">
            {guides.map((g) => (
              <li key={g.slug}>
                <Link to={`/staff/intake/guides/${g.slug}`}>{g.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
