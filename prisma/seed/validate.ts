// Checks demo content against the manual rules before it is written (R7.1, R7.5, R7.6).
import { TIME_UNITS } from "../../app/domain/manual/vocabulary";
import type { Bilingual, PermitSeed } from "./types";

export function validatePermitSeed(p: PermitSeed, known: { agencies: string[]; serviceCenters: string[] }): string[] {
  const problems: string[] = [];
  const m = p.manual;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.slug)) problems.push("slug must be kebab-case");
  if (!known.agencies.includes(p.agency)) problems.push(`unknown agency ${p.agency}`);
  for (const c of p.serviceCenters) if (!known.serviceCenters.includes(c)) problems.push(`unknown service center ${c}`);
  // R7.1: no fee and no documents are stated explicitly, never left empty.
  if ((m.fees.length === 0) !== m.noFee) problems.push("fees must be listed, or noFee set when there are none");
  if (m.documents.length === 0) problems.push("at least one document");
  if (m.steps.length === 0) problems.push("at least one step");
  // R7.6: every time limit is a positive whole value with a unit.
  const limits = [["total", m.total], ...m.steps.map((s, i) => [`step ${i + 1}`, s.duration] as const)] as const;
  for (const [where, limit] of limits) {
    if (!Number.isInteger(limit.value) || limit.value <= 0) problems.push(`${where}: time value must be a positive whole number`);
    if (!(TIME_UNITS as readonly string[]).includes(limit.unit)) problems.push(`${where}: unit must be one of ${TIME_UNITS.join(", ")}`);
  }
  for (const d of m.documents) if (d.originals + d.copies === 0) problems.push(`document ${d.name.en}: originals or copies`);
  const texts: [string, Bilingual][] = [
    ["name", m.name],
    ["criteria", m.criteria],
    ["timeLaw", m.timeLaw],
    ...m.laws.map((l, i) => [`law ${i + 1}`, l] as [string, Bilingual]),
    ...m.steps.flatMap((s, i) => [[`step ${i + 1} title`, s.title], [`step ${i + 1} responsible`, s.responsible]] as [string, Bilingual][]),
    ...m.documents.map((d, i) => [`document ${i + 1}`, d.name] as [string, Bilingual]),
    ...m.complaintChannels.map((c, i) => [`complaint channel ${i + 1}`, c.name] as [string, Bilingual]),
  ];
  for (const [where, text] of texts) {
    if (!text.th.trim()) problems.push(`${where}: Thai text missing`);
    if (!text.en.trim()) problems.push(`${where}: English text missing`);
  }
  return problems;
}
