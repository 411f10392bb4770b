// The saved draft as the public page will show it (issue 7): the preview without JavaScript.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ManualPreview } from "~/components/admin/manual-editor-preview";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { editorChoices, previewContext, requireDraft } from "~/services/manual-editor.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const { permit, draft } = await requireDraft(user, params.slug);
  const t = await getT(request, "editor");
  const { centers } = await editorChoices();
  return {
    title: `${t("preview.title", { version: draft.version })} · ${permit.slug}`,
    slug: permit.slug,
    version: draft.version,
    state: draft.state,
    preview: previewContext(permit, draft.version, centers, draft.files),
  };
}

export default function DraftPreview() {
  const { slug, version, state, preview } = useLoaderData<typeof loader>();
  const { t } = useTranslation("editor");
  return (
    <>
      <h1>{t("preview.title", { version })}</h1>
      <p className="notice" role="note">
        {t("preview.notPublished")}
      </p>
      <p>
        <Link to={`/staff/admin/manuals/${slug}/draft`} className="button">
          {t("preview.back")}
        </Link>
      </p>
      <ManualPreview state={state} context={preview} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
