// One permit in the editor (issue 7): its facts, every version of its manual (R7.4: earlier
// versions stay readable) with a comparison of any two, and "edit", which opens the draft or
// copies the version in force into a new one.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { toBangkokDate } from "~/domain/calendar/bangkok-date";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { draftOf, openDraft, requireEditablePermit } from "~/services/manual-editor.server";
import { formatDate } from "~/utils/format";
import { readForm } from "~/utils/read-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const permit = await requireEditablePermit(user, params.slug);
  const t = await getT(request, "editor");
  const named = permit.currentVersion ?? permit.versions[0];
  const justPublished = Number(new URL(request.url).searchParams.get("published")) || null;
  return {
    justPublished,
    title: `${t("permit.title")} · ${permit.slug}`,
    permit: {
      slug: permit.slug,
      kind: permit.kind,
      category: permit.category,
      agency: { th: permit.agency.nameTh, en: permit.agency.nameEn, code: permit.agency.code },
      centers: permit.serviceCenters.map((s) => s.serviceCenter.code).sort(),
      name: { th: named?.nameTh || permit.slug, en: named?.nameEn || permit.slug },
    },
    current: permit.currentVersion?.version ?? null,
    draft: draftOf(permit)?.version ?? null,
    versions: permit.versions.map((v) => ({
      version: v.version,
      status: v.status,
      publishedOn: v.publishedAt ? toBangkokDate(v.publishedAt) : null,
      updatedOn: toBangkokDate(v.updatedAt),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const intent = (await readForm(request)).get("intent");
  if (intent !== "edit") throw new Response("Unknown intent", { status: 400 });
  await openDraft(user, params.slug);
  throw redirect(`/staff/admin/manuals/${params.slug}/draft`);
}

export default function PermitOverview() {
  const { permit, current, draft, versions, justPublished } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("editor");
  const lng = i18n.language === "en" ? "en" : "th";
  const base = `/staff/admin/manuals/${permit.slug}`;
  return (
    <>
      <p className="eyebrow">{t("permit.title")}</p>
      <h1>{permit.name[lng] || permit.name.th}</h1>
      {justPublished ? (
        <p role="status" className="notice notice--success">
          {t("permit.published", { version: justPublished })}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("permit.slug")}</dt>
        <dd className="slug">{permit.slug}</dd>
        <dt>{t("new.kind")}</dt>
        <dd>{t(`manual:kinds.${permit.kind}`)}</dd>
        <dt>{t("new.category")}</dt>
        <dd>{t(`manual:categories.${permit.category}`)}</dd>
        <dt>{t("new.agency")}</dt>
        <dd>{permit.agency[lng]}</dd>
        <dt>{t("new.centers")}</dt>
        <dd>{permit.centers.length ? permit.centers.join(", ") : t("permit.noCenters")}</dd>
        <dt>{t("permit.inForce")}</dt>
        <dd>
          {current ? (
            <>
              {t("list.version", { version: current })} · <Link to={`/permits/${permit.slug}`}>{t("permit.publicPage")}</Link>
            </>
          ) : (
            t("list.notPublished")
          )}
        </dd>
      </dl>

      <ul className="actions">
        <li>
          {draft ? (
            <Link to={`${base}/draft`} className="button">
              {t("permit.continueDraft", { version: draft })}
            </Link>
          ) : (
            <Form method="post">
              <button type="submit" name="intent" value="edit">
                {t("permit.edit")}
              </button>
            </Form>
          )}
        </li>
      </ul>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t("permit.versions")}</h2>
        <div className="table-scroll" role="region" aria-labelledby="versions-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("permit.version")}</th>
                <th scope="col">{t("permit.status")}</th>
                <th scope="col">{t("permit.date")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version}>
                  <th scope="row">
                    <Link to={v.status === "draft" ? `${base}/draft` : `${base}/versions/${v.version}`}>{t("list.version", { version: v.version })}</Link>
                  </th>
                  <td>{v.status === "draft" ? t("permit.statusDraft") : v.version === current ? t("permit.statusInForce") : t("permit.statusEarlier")}</td>
                  <td>{formatDate(v.publishedOn ?? v.updatedOn, lng)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {versions.length >= 2 ? (
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading">{t("permit.compare")}</h2>
          <Form method="get" action={`${base}/diff`} className="compare-form">
            <div className="form-field">
              <label htmlFor="compare-from">{t("permit.compareFrom")}</label>
              <select id="compare-from" name="from" defaultValue={String(versions[1].version)}>
                {versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    {t("list.version", { version: v.version })}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor="compare-to">{t("permit.compareTo")}</label>
              <select id="compare-to" name="to" defaultValue={String(versions[0].version)}>
                {versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    {t("list.version", { version: v.version })}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">{t("permit.compareSubmit")}</button>
          </Form>
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
