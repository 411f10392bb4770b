// The draft of a permit's manual (issue 7): edit, save (incomplete work is kept), preview and
// publish. List buttons (name="intent" value="steps.up:2") are applied to the posted form and
// the page is rendered again, so the lists work without JavaScript and nothing typed is lost.
import { randomUUID } from "node:crypto";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ManualEditorForm } from "~/components/admin/manual-editor";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { zodFieldErrors } from "~/components/forms/use-validated-form";
import { applyListIntent, focusAfter, parseListIntent } from "~/domain/manual/list-ops";
import { EDITOR_LISTS, type EditorState } from "~/domain/manual/editor-state";
import { getLanguage, getT } from "~/i18n/i18n.server";
import { ManualDraftSchema } from "~/schemas/manual-editor";
import { requirePermission } from "~/services/auth.server";
import { editorChoices, previewContext, publishDraft, requireDraft, saveDraft } from "~/services/manual-editor.server";
import { formDataToObject } from "~/utils/form-data";
import { readForm } from "~/utils/read-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const { permit, draft } = await requireDraft(user, params.slug);
  const [lng, t, { centers }] = [await getLanguage(request), await getT(request, "editor"), await editorChoices()];
  const saved = new URL(request.url).searchParams.get("saved") === "1";
  return {
    title: `${t("draft.title", { version: draft.version })} · ${permit.slug}`,
    slug: permit.slug,
    version: draft.version,
    published: permit.currentVersion?.version ?? null,
    updatedAt: draft.updatedAt.toISOString(),
    saved,
    state: draft.state,
    fileNames: Object.fromEntries(Object.entries(draft.files).map(([id, f]) => [id, f?.name ?? null])),
    centers: centers.map((c) => ({ id: c.id, label: `${lng === "en" ? c.nameEn : c.nameTh} (${c.code})` })),
    preview: previewContext(permit, draft.version, centers, draft.files),
  };
}

// The posted form as it was typed, for showing it again when even its shape is wrong (a
// number field holding letters, a text over its length): the inputs show strings as they are.
function asTyped(posted: Record<string, unknown>): EditorState {
  const lists = Object.fromEntries(EDITOR_LISTS.map((l) => [l, Array.isArray(posted[l]) ? (posted[l] as unknown[]).filter(Boolean) : []]));
  const ticked = (k: string) => posted[k] === "on";
  return { ...(posted as unknown as EditorState), ...lists, streamlined: ticked("streamlined"), noFee: ticked("noFee"), noDocuments: ticked("noDocuments") };
}

type ActionResult = { state: EditorState; errors: Record<string, string>; nonce: string; notice?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "manual.edit");
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const posted = formDataToObject(form);
  const reply = (result: Omit<ActionResult, "nonce">, status = 200) => data<ActionResult>({ ...result, nonce: randomUUID() }, { status });
  if (intent === "publish") {
    const outcome = await publishDraft(user, params.slug, posted);
    if (outcome.ok) throw redirect(`/staff/admin/manuals/${params.slug}?published=${outcome.version}`);
    // Nothing was stored; the form comes back as typed with every error.
    const shaped = ManualDraftSchema.safeParse(posted);
    return reply({ state: shaped.success ? shaped.data : asTyped(posted), errors: outcome.errors }, 400);
  }
  const parsed = ManualDraftSchema.safeParse(posted);
  if (!parsed.success) {
    await requireDraft(user, params.slug);
    return reply({ state: asTyped(posted), errors: zodFieldErrors(parsed.error) }, 400);
  }
  const listIntent = parseListIntent(intent);
  if (listIntent) {
    await requireDraft(user, params.slug);
    const state = applyListIntent(parsed.data, listIntent);
    return reply({ state, errors: {}, notice: focusAfter(listIntent, state[listIntent.list].length) });
  }
  switch (intent) {
    case "save":
      await saveDraft(user, params.slug, parsed.data);
      throw redirect(`/staff/admin/manuals/${params.slug}/draft?saved=1`);
    case "preview":
      await saveDraft(user, params.slug, parsed.data);
      throw redirect(`/staff/admin/manuals/${params.slug}/draft/preview`);
    default:
      throw new Response("Unknown intent", { status: 400 });
  }
}

export default function DraftEditor() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("editor");
  const state = actionData?.state ?? loaded.state;
  return (
    <>
      <nav aria-label={t("draft.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/staff/admin/manuals">{t("list.title")}</Link>
          </li>
          <li>
            <Link to={`/staff/admin/manuals/${loaded.slug}`}>{loaded.slug}</Link>
          </li>
          <li aria-current="page">{t("draft.title", { version: loaded.version })}</li>
        </ol>
      </nav>
      <h1>
        {t("draft.title", { version: loaded.version })}: <span lang="th">{state.nameTh}</span>
        {state.nameEn ? (
          <>
            {" / "}
            <span lang="en">{state.nameEn}</span>
          </>
        ) : null}
      </h1>
      <p className="lead">{loaded.published ? t("draft.leadFrom", { version: loaded.published }) : t("draft.leadFirst")}</p>
      {loaded.saved && !actionData ? (
        <p role="status" className="notice notice--success">
          {t("draft.saved")}
        </p>
      ) : null}
      {actionData && Object.keys(actionData.errors).length === 0 ? (
        <p role="status" className="notice">
          {t("draft.unsaved")}
        </p>
      ) : null}
      <ManualEditorForm
        key={actionData?.nonce ?? loaded.updatedAt}
        state={state}
        errors={actionData?.errors ?? {}}
        slug={loaded.slug}
        centers={loaded.centers}
        fileNames={loaded.fileNames}
        preview={loaded.preview}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
