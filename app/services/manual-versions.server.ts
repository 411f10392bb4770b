// Reading earlier versions of a manual and comparing any two (R7.4). Staff in scope see every
// version, drafts included; the public sees published versions only, so a citizen can read
// the version a request was filed under.
import { isStaffRole, manualInScope } from "~/domain/auth/permissions";
import { diffManuals } from "~/domain/manual/diff";
import { versionStanding, type VersionSummary } from "~/domain/manual/versions";
import type { Language } from "~/i18n/config";
import { findPermitRef, getManualVersion, listFormsOfVersion, listVersions, type PermitRef } from "~/models/manual-version.server";
import type { StaffUser } from "~/models/user.server";
import type { DiffQuery } from "~/schemas/manual-versions";
import { localize } from "~/utils/localize";

const notFound = () => new Response("Not found", { status: 404 });

// manual.edit is checked by the route; this adds the scope: an editor reads the manuals of
// the editor's agency, an administrator every manual.
export async function requireManualInScope(user: StaffUser, slug: string | undefined): Promise<PermitRef> {
  const permit = slug ? await findPermitRef(slug) : null;
  if (!permit) throw notFound();
  if (!isStaffRole(user.role) || !manualInScope({ role: user.role, serviceCenterId: user.serviceCenterId, agencyId: user.agencyId }, permit)) {
    throw new Response("Forbidden", { status: 403 });
  }
  return permit;
}

async function readVersion(permit: PermitRef, versions: VersionSummary[], version: number, lng: Language) {
  const standing = versionStanding(versions, permit.currentVersionId, version);
  const manual = standing ? await getManualVersion(permit.slug, version) : null;
  if (!standing || !manual) throw notFound();
  return { manual: localize(manual, lng), standing, versions };
}

// A draft also lists its forms, each linking to the page that attaches its PDF.
export async function staffVersionView(user: StaffUser, slug: string | undefined, version: number, lng: Language) {
  const permit = await requireManualInScope(user, slug);
  const view = await readVersion(permit, await listVersions(permit.id), version, lng);
  const forms = view.standing.kind === "draft" ? await listFormsOfVersion(permit.id, version) : [];
  return {
    ...view,
    currentVersionId: permit.currentVersionId,
    forms: forms.map((f) => ({ id: f.id, code: f.code, name: (lng === "en" ? f.nameEn : f.nameTh) || f.nameTh, fileName: f.fileName, fileSize: f.fileSize })),
  };
}

const published = (versions: VersionSummary[]) => versions.filter((v) => v.status === "published");

async function requirePublicPermit(slug: string | undefined) {
  const permit = slug ? await findPermitRef(slug) : null;
  const versions = permit ? published(await listVersions(permit.id)) : [];
  if (!permit || versions.length === 0) throw notFound();
  return { permit, versions };
}

// A draft answers 404 here: it is nobody's manual until it is published.
export async function publicVersionView(slug: string | undefined, version: number, lng: Language) {
  const { permit, versions } = await requirePublicPermit(slug);
  return { ...(await readVersion(permit, versions, version, lng)), currentVersionId: permit.currentVersionId };
}

// The two versions to compare: those asked for, else the newest and the one before it.
function pickPair(versions: VersionSummary[], query: DiffQuery) {
  const to = query.to ?? versions[0].version;
  const from = query.from ?? versions.find((v) => v.version < to)?.version ?? to;
  if (!versions.some((v) => v.version === from) || !versions.some((v) => v.version === to)) throw notFound();
  return { from, to };
}

async function compare(permit: PermitRef, versions: VersionSummary[], query: DiffQuery, lng: Language) {
  const { from, to } = pickPair(versions, query);
  const [before, after] = await Promise.all([getManualVersion(permit.slug, from), getManualVersion(permit.slug, to)]);
  if (!before || !after) throw notFound();
  const name = after.name[lng] || after.name.th;
  return { slug: permit.slug, name, from, to, versions, currentVersionId: permit.currentVersionId, diff: diffManuals(before, after) };
}

export async function staffVersionDiff(user: StaffUser, slug: string | undefined, query: DiffQuery, lng: Language) {
  const permit = await requireManualInScope(user, slug);
  const versions = await listVersions(permit.id);
  if (versions.length === 0) throw notFound();
  return compare(permit, versions, query, lng);
}

// The public history: published versions only, and a diff between any two of them.
export async function publicVersionHistory(slug: string | undefined, query: DiffQuery, lng: Language) {
  const { permit, versions } = await requirePublicPermit(slug);
  return compare(permit, versions, query, lng);
}
