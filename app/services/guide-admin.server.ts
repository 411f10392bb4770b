// Administrators maintain the life-event guides (issue 10): create and edit, publish or hide.
// The form's one schema has already checked the rows (GuideFormSchema, including the refusal
// of a prerequisite cycle); here the database checks follow — the slug is free, every named
// permit exists with a manual in force — and the change and its audit entry (before → after)
// are written in one transaction.
import { recordAudit, type AuditActor } from "~/models/audit.server";
import { createGuide, findGuideById, findGuideIdBySlug, listGuides, publishedPermitChoices, updateGuide, type Guide, type GuideWrite } from "~/models/guide.server";
import { definitionOf, formRowsOf, type GuideFormInput } from "~/schemas/guides";
import { prisma } from "~/utils/db.server";

export async function guidesForAdmin() {
  return listGuides({ publishedOnly: false });
}

export async function guideFormData(id: string) {
  const guide = id === "new" ? null : await findGuideById(id);
  if (id !== "new" && !guide) throw new Response("Not found", { status: 404 });
  return { guide: guide ? { ...formFields(guide), ...formRowsOf(guide.definition) } : null, permits: await publishedPermitChoices() };
}

function formFields(g: Guide) {
  return { id: g.id, slug: g.slug, titleTh: g.titleTh, titleEn: g.titleEn, summaryTh: g.summaryTh, summaryEn: g.summaryEn, published: g.published, position: g.position };
}

const snapshot = (w: GuideWrite) => ({ ...w, definition: JSON.parse(w.definition) as unknown });

export type SaveGuideResult = { ok: true; changed: boolean; slug: string } | { ok: false; errors: Record<string, string> };

export async function saveGuide(actor: AuditActor, id: string | null, input: GuideFormInput, at: Date): Promise<SaveGuideResult> {
  const definition = definitionOf(input);
  const write: GuideWrite = {
    slug: input.slug,
    titleTh: input.titleTh,
    titleEn: input.titleEn,
    summaryTh: input.summaryTh,
    summaryEn: input.summaryEn,
    published: input.published,
    position: input.position,
    definition: JSON.stringify(definition),
  };
  const known = new Set((await publishedPermitChoices()).map((p) => p.slug));
  const unknown = input.permits.findIndex((p) => p.slug && !known.has(p.slug));
  if (unknown >= 0) return { ok: false, errors: { [`permits.${unknown}.slug`]: "admin:guides.errors.noSuchPermit" } };
  const holder = await findGuideIdBySlug(input.slug);
  if (holder && holder !== id) return { ok: false, errors: { slug: "admin:guides.errors.slugTaken" } };

  const before = id ? await findGuideById(id) : null;
  if (id && !before) throw new Response("Not found", { status: 404 });
  const beforeWrite: GuideWrite | null = before ? { ...formFields(before), definition: JSON.stringify(before.definition) } : null;
  if (beforeWrite) delete (beforeWrite as Partial<{ id: string }>).id;
  if (beforeWrite && JSON.stringify(snapshot(beforeWrite)) === JSON.stringify(snapshot(write))) return { ok: true, changed: false, slug: input.slug };

  await prisma.$transaction(async (tx) => {
    const guideId = id ? (await updateGuide(tx, id, write, at), id) : (await createGuide(tx, write, at)).id;
    await recordAudit(tx, {
      actor,
      at,
      entity: "guide",
      entityId: guideId,
      action: id ? "update" : "create",
      label: input.slug,
      before: beforeWrite ? snapshot(beforeWrite) : undefined,
      after: snapshot(write),
    });
  });
  return { ok: true, changed: true, slug: input.slug };
}
