import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StaffSearch } from "~/components/staff/staff-search";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { parseCatalogueQuery } from "~/schemas/catalogue";
import { requirePermission } from "~/services/auth.server";
import { searchCatalogue } from "~/services/catalogue.server";
import { localize } from "~/utils/localize";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

// Step 1 of an intake: pick the permit, searching exactly as the public catalogue does.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "intake.create");
  const query = parseCatalogueQuery(new URL(request.url));
  const [lng, t] = [await getLanguage(request), await getT(request, "staff")];
  const { results } = await searchCatalogue(query);
  return { q: query.q ?? "", results: localize(results, lng), title: t("intake.pickTitle") };
}

export default function PickPermit() {
  const { q, results } = useLoaderData<typeof loader>();
  const { t } = useTranslation("staff");
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
    </>
  );
}
