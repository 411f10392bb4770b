// The manual editor (issue 7): permits in an editor's scope, creating a permit with its first
// draft, opening a draft copied from the version in force, saving it, and publishing it as a
// new immutable version (R7.4) with an audit entry in the same transaction. Scope is checked
// on every load and action: an editor works only on the permits of the editor's own agency.
import { can, isStaffRole, manualInScope } from "~/domain/auth/permissions";
import { changedParts } from "~/domain/manual/changes";
import { newDraftState, type EditorState } from "~/domain/manual/editor-state";
import type { PreviewContext } from "~/domain/manual/preview";
import { manualSearchText } from "~/domain/manual/search-text";
import type { Category, PermitKind } from "~/domain/manual/vocabulary";
import { recordAudit } from "~/models/audit.server";
import {
  createDraft,
  createPermitRow,
  findDraftOf,
  findEditorPermit,
  listAgencyChoices,
  listCenterChoices,
  listEditorPermits,
  loadEditorVersion,
  nextVersionNumber,
  setCurrentVersion,
  slugTaken,
  writeDraft,
  type EditorPermit,
} from "~/models/manual-draft.server";
import type { StaffUser } from "~/models/user.server";
import { ManualPublishSchema, type NewPermitInput } from "~/schemas/manual-editor";
import { forgetStatistics } from "~/services/statistics.server";
import { now } from "~/utils/clock.server";
import { prisma } from "~/utils/db.server";

// Field name ("steps.2.durationUnit") → i18n key of its error.
type FieldErrors = Record<string, string>;

const scoped = (user: StaffUser) => ({ role: isStaffRole(user.role) ? user.role : ("counter" as const), serviceCenterId: user.serviceCenterId, agencyId: user.agencyId });
const actor = (user: StaffUser) => ({ id: user.id, role: user.role });
const conflict = () => new Response("The draft was published or replaced meanwhile", { status: 409 });

// An administrator sees every agency; an editor the editor's own (none when it has none).
function agencyScope(user: StaffUser): string | null {
  if (user.role === "admin") return null;
  if (!user.agencyId) throw new Response("Forbidden", { status: 403 });
  return user.agencyId;
}

export async function requireEditablePermit(user: StaffUser, slug: string | undefined): Promise<EditorPermit> {
  const permit = slug ? await findEditorPermit(slug) : null;
  if (!permit) throw new Response("Not found", { status: 404 });
  if (!can(user.role, "manual.edit") || !manualInScope(scoped(user), permit)) throw new Response("Forbidden", { status: 403 });
  return permit;
}

export const draftOf = (permit: EditorPermit) => permit.versions.find((v) => v.status === "draft") ?? null;

export async function listManuals(user: StaffUser) {
  const permits = await listEditorPermits(agencyScope(user));
  return permits.map((p) => {
    const draft = draftOf(p);
    const last = [p.createdAt, ...p.versions.map((v) => (v.status === "draft" ? v.updatedAt : (v.publishedAt ?? v.updatedAt)))].sort((a, b) => b.getTime() - a.getTime())[0];
    const named = p.currentVersion ?? draft;
    return {
      slug: p.slug,
      name: { th: named?.nameTh || p.slug, en: named?.nameEn || p.slug },
      agency: { code: p.agency.code, th: p.agency.nameTh, en: p.agency.nameEn },
      published: p.currentVersion ? { version: p.currentVersion.version } : null,
      draft: draft ? { version: draft.version, updatedAt: draft.updatedAt.toISOString() } : null,
      lastChange: last.toISOString(),
    };
  });
}

// The choices of the "new permit" form: an editor may pick only the editor's own agency.
export async function newPermitChoices(user: StaffUser) {
  const scope = agencyScope(user);
  const [agencies, centers] = await Promise.all([listAgencyChoices(), listCenterChoices()]);
  return { agencies: agencies.filter((a) => !scope || a.id === scope), centers };
}

export type CreateOutcome = { ok: true; slug: string } | { ok: false; errors: FieldErrors };

export async function createPermit(user: StaffUser, input: NewPermitInput): Promise<CreateOutcome> {
  const { agencies, centers } = await newPermitChoices(user);
  const agency = agencies.find((a) => a.id === input.agencyId);
  if (!agency) return { ok: false, errors: { agencyId: "validation:choose" } };
  const known = new Set(centers.map((c) => c.id));
  if (input.serviceCenterIds.some((id) => !known.has(id))) return { ok: false, errors: { serviceCenterIds: "validation:choose" } };
  if (await slugTaken(input.slug)) return { ok: false, errors: { slug: "editor:errors.slugTaken" } };
  const at = now();
  const state = newDraftState({ nameTh: input.nameTh, nameEn: input.nameEn, agencyTh: agency.nameTh, agencyEn: agency.nameEn, agencyPhone: agency.phone ?? "" });
  try {
    await prisma.$transaction(async (tx) => {
      const permit = await createPermitRow(tx, { ...input, serviceCenterIds: [...new Set(input.serviceCenterIds)] });
      const draftId = await createDraft(tx, { permitId: permit.id, version: 1, state, createdById: user.id, at });
      await recordAudit(tx, {
        actor: actor(user),
        at,
        entity: "permit",
        entityId: permit.id,
        action: "create",
        label: input.slug,
        after: { slug: input.slug, kind: input.kind, category: input.category, agency: agency.code, serviceCenters: centers.filter((c) => input.serviceCenterIds.includes(c.id)).map((c) => c.code) },
      });
      await recordAudit(tx, { actor: actor(user), at, entity: "manual", entityId: draftId, action: "draft.create", label: `${input.slug} v1`, after: { version: 1 } });
    });
  } catch (error) {
    // Two editors choosing the same slug at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") return { ok: false, errors: { slug: "editor:errors.slugTaken" } };
    throw error;
  }
  return { ok: true, slug: input.slug };
}

// At most one draft per permit: "edit" opens the draft there is, or copies the version in force
// (every child row; forms keep their attached files) into a new one.
export async function openDraft(user: StaffUser, slug: string | undefined): Promise<{ version: number }> {
  const permit = await requireEditablePermit(user, slug);
  const at = now();
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await findDraftOf(tx, permit.id);
      if (existing) return { version: existing.version };
      if (!permit.currentVersionId) throw new Response("Not found", { status: 404 });
      const source = await loadEditorVersion(permit.currentVersionId, tx);
      if (!source) throw new Response("Not found", { status: 404 });
      const version = await nextVersionNumber(tx, permit.id);
      const draftId = await createDraft(tx, { permitId: permit.id, version, state: source.state, createdById: user.id, at, copyFilesFrom: source.id });
      await recordAudit(tx, {
        actor: actor(user),
        at,
        entity: "manual",
        entityId: draftId,
        action: "draft.create",
        label: `${permit.slug} v${version}`,
        before: { version: source.version },
        after: { version },
      });
      return { version };
    });
  } catch (error) {
    // Another editor opened the draft at the same moment: theirs is the draft.
    if ((error as { code?: string }).code === "P2002") return { version: (await findDraftOf(prisma, permit.id))?.version ?? 0 };
    throw error;
  }
}

export async function requireDraft(user: StaffUser, slug: string | undefined) {
  const permit = await requireEditablePermit(user, slug);
  const draft = draftOf(permit);
  if (!draft) throw new Response("Not found", { status: 404 });
  const loaded = await loadEditorVersion(draft.id);
  if (!loaded) throw new Response("Not found", { status: 404 });
  return { permit, draft: loaded };
}

export async function editorChoices() {
  return { centers: await listCenterChoices() };
}

// What the live preview needs besides the form's values.
export function previewContext(permit: EditorPermit, version: number, centers: { id: string; code: string }[], files: Record<string, { name: string; size: number; sha256: string } | null>): PreviewContext {
  return {
    slug: permit.slug,
    kind: permit.kind as PermitKind,
    category: permit.category as Category,
    agency: {
      code: permit.agency.code,
      name: { th: permit.agency.nameTh, en: permit.agency.nameEn },
      ministry: { code: permit.agency.ministry.code, name: { th: permit.agency.ministry.nameTh, en: permit.agency.ministry.nameEn } },
    },
    serviceCenters: permit.serviceCenters.map((s) => s.serviceCenter.code).sort(),
    version,
    centerCodes: Object.fromEntries(centers.map((c) => [c.id, c.code])),
    formFiles: Object.fromEntries(
      Object.entries(files).map(([id, f]) => [id, f ? { url: `/staff/admin/manuals/${permit.slug}/draft/forms/${id}/file`, name: f.name, size: f.size, sha256: f.sha256 } : null]),
    ),
  };
}

// Saves a draft as typed (incomplete work is kept). One audit entry per save.
export async function saveDraft(user: StaffUser, slug: string | undefined, state: EditorState): Promise<{ version: number }> {
  const { permit, draft } = await requireDraft(user, slug);
  const at = now();
  await prisma.$transaction(async (tx) => {
    if (!(await writeDraft(tx, draft.id, state, at))) throw conflict();
    await recordAudit(tx, {
      actor: actor(user),
      at,
      entity: "manual",
      entityId: draft.id,
      action: "draft.save",
      label: `${permit.slug} v${draft.version}`,
      after: { version: draft.version, changes: changedParts(draft.state, state) },
    });
  });
  return { version: draft.version };
}

export type PublishOutcome = { ok: true; version: number } | { ok: false; errors: FieldErrors };

// Publishing: every rule checked first (nothing is stored when one fails); then, in one
// transaction, the draft is written, becomes published (and never changes again, R7.4), the
// permit's version in force switches to it, and the audit log records it. Requests already
// filed keep the version they reference.
export async function publishDraft(user: StaffUser, slug: string | undefined, posted: unknown): Promise<PublishOutcome> {
  if (!can(user.role, "manual.publish")) throw new Response("Forbidden", { status: 403 });
  const { permit, draft } = await requireDraft(user, slug);
  const parsed = ManualPublishSchema.safeParse(posted);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
    return { ok: false, errors };
  }
  const state = parsed.data;
  const at = now();
  const previous = permit.currentVersionId ? await loadEditorVersion(permit.currentVersionId) : null;
  const searchText = manualSearchText({
    name: { th: state.nameTh, en: state.nameEn },
    agency: { th: permit.agency.nameTh, en: permit.agency.nameEn },
    laws: state.laws.map((l) => ({ th: l.titleTh, en: l.titleEn })),
    documents: state.documents.map((d) => ({ th: d.nameTh, en: d.nameEn })),
  });
  await prisma.$transaction(async (tx) => {
    const written = await writeDraft(tx, draft.id, state, at, { status: "published", publishedAt: at, publishedById: user.id, searchText });
    if (!written) throw conflict();
    await setCurrentVersion(tx, permit.id, draft.id);
    await recordAudit(tx, {
      actor: actor(user),
      at,
      entity: "manual",
      entityId: draft.id,
      action: "publish",
      label: `${permit.slug} v${draft.version}`,
      before: { version: previous?.version ?? null },
      after: { version: draft.version, changes: changedParts(previous?.state ?? null, state) },
    });
  });
  // The public manual and the catalogue are cached by version id and by the permit's update
  // time, so they change at once; the statistics' permit labels are dropped here.
  forgetStatistics();
  return { ok: true, version: draft.version };
}
