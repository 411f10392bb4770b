// A draft shown as the public page would show it (issue 7's live preview): the editor state
// turned into the open-data Manual shape that ManualBody renders. Incomplete rows are shown as
// they are; numbers not yet given show as 0.
import type { Manual } from "~/schemas/open-data";
import type { EditorState } from "./editor-state";

export type PreviewContext = Pick<Manual, "slug" | "kind" | "category" | "agency" | "serviceCenters" | "version"> & {
  // Service center id → code, for channels at a center.
  centerCodes: Record<string, string>;
  // Form row id → its attached PDF, as the public page links it.
  formFiles: Record<string, Manual["forms"][number]["file"]>;
};

const bi = (th: string, en: string) => ({ th, en });
const n = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

export function draftToManual(s: EditorState, ctx: PreviewContext): Manual {
  return {
    slug: ctx.slug,
    name: bi(s.nameTh, s.nameEn),
    kind: ctx.kind,
    category: ctx.category,
    agency: ctx.agency,
    serviceCenters: ctx.serviceCenters,
    totalTime: { value: n(s.totalValue), unit: s.totalUnit as Manual["totalTime"]["unit"] },
    online: s.channels.some((c) => c.kind === "online"),
    version: ctx.version,
    publishedAt: null,
    url: `/permits/${ctx.slug}`,
    serviceType: s.serviceType as Manual["serviceType"],
    impactLevel: s.impactLevel as Manual["impactLevel"],
    serviceArea: s.serviceArea as Manual["serviceArea"],
    laws: s.laws.map((l) => bi(l.titleTh, l.titleEn)),
    timeLaw: bi(s.timeLawTh, s.timeLawEn),
    statutoryTime: { value: n(s.statutoryValue), unit: (s.statutoryUnit || "working_days") as Manual["statutoryTime"]["unit"] },
    statistics: { average: n(s.statsAvg), highest: n(s.statsMax), lowest: n(s.statsMin) },
    referenceName: s.referenceName,
    channels: s.channels.map((c) => ({
      kind: c.kind as Manual["channels"][number]["kind"],
      serviceCenter: c.serviceCenterId ? (ctx.centerCodes[c.serviceCenterId] ?? null) : null,
      place: bi(c.placeTh, c.placeEn),
      hours: bi(c.hoursTh, c.hoursEn),
      phone: c.phone,
      url: c.url,
      remark: bi(c.remarkTh, c.remarkEn),
    })),
    criteria: bi(s.criteriaTh, s.criteriaEn),
    steps: s.steps.map((st, i) => ({
      position: i + 1,
      kind: st.kind as Manual["steps"][number]["kind"],
      title: bi(st.titleTh, st.titleEn),
      description: bi(st.descriptionTh, st.descriptionEn),
      duration: { value: n(st.durationValue), unit: st.durationUnit as Manual["totalTime"]["unit"] },
      responsible: bi(st.responsibleTh, st.responsibleEn),
      remark: bi(st.remarkTh, st.remarkEn),
    })),
    streamlined: s.streamlined,
    documents: s.documents.map((d, i) => ({
      position: i + 1,
      group: d.group === "identity" ? "identity" : "other",
      name: bi(d.nameTh, d.nameEn),
      issuer: bi(d.issuerTh, d.issuerEn),
      originals: n(d.originals),
      copies: n(d.copies),
      unit: d.unit === "set" ? "set" : "copy",
      condition: d.conditionTh || d.conditionEn ? bi(d.conditionTh, d.conditionEn) : null,
    })),
    noDocuments: s.documents.length === 0,
    fees: s.fees.map((f, i) => ({
      position: i + 1,
      kind: (f.kind || "fixed") as Manual["fees"][number]["kind"],
      description: bi(f.descriptionTh, f.descriptionEn),
      amount: f.amount,
      amountMin: f.amountMin,
      amountMax: f.amountMax,
      percent: f.percent,
      remark: bi(f.remarkTh, f.remarkEn),
    })),
    noFee: s.noFee,
    complaintChannels: s.complaintChannels.map((c) => ({ name: bi(c.nameTh, c.nameEn), detail: bi(c.detailTh, c.detailEn) })),
    forms: s.forms.map((f) => ({ code: f.code, name: bi(f.nameTh, f.nameEn), url: f.url, file: (f.id && ctx.formFiles[f.id]) || null })),
    remarks: bi(s.remarksTh, s.remarksEn),
    preparedBy: bi(s.preparedByTh, s.preparedByEn),
    approvedBy: bi(s.approvedByTh, s.approvedByEn),
    publishedBy: bi(s.publishedByTh, s.publishedByEn),
  };
}
