// The manual editor's working state (issue 7): one draft version as plain data, the same shape
// the editor form posts (dotted names, e.g. "steps.2.durationValue") and the draft rows hold.
// Numbers may be null and vocabulary fields "" while a draft is incomplete; publishing checks
// them (app/schemas/manual-editor.ts).
export type LawRow = { titleTh: string; titleEn: string };
export type ChannelRow = {
  kind: string;
  serviceCenterId: string;
  placeTh: string;
  placeEn: string;
  hoursTh: string;
  hoursEn: string;
  phone: string;
  url: string;
  remarkTh: string;
  remarkEn: string;
};
export type StepRow = {
  kind: string;
  titleTh: string;
  titleEn: string;
  descriptionTh: string;
  descriptionEn: string;
  durationValue: number | null;
  durationUnit: string;
  responsibleTh: string;
  responsibleEn: string;
  remarkTh: string;
  remarkEn: string;
};
export type DocumentRow = {
  group: string;
  nameTh: string;
  nameEn: string;
  issuerTh: string;
  issuerEn: string;
  originals: number | null;
  copies: number | null;
  unit: string;
  conditionTh: string;
  conditionEn: string;
};
export type FeeRow = {
  kind: string;
  descriptionTh: string;
  descriptionEn: string;
  amount: number | null;
  amountMin: number | null;
  amountMax: number | null;
  percent: number | null;
  remarkTh: string;
  remarkEn: string;
};
export type ComplaintRow = { nameTh: string; nameEn: string; detailTh: string; detailEn: string };
// A form keeps its row id across saves: its attached PDF (fileKey…) hangs on that row.
export type FormRow = { id: string; code: string; nameTh: string; nameEn: string; url: string };

export type EditorState = {
  nameTh: string;
  nameEn: string;
  serviceType: string;
  impactLevel: string;
  serviceArea: string;
  timeLawTh: string;
  timeLawEn: string;
  statutoryValue: number | null;
  statutoryUnit: string;
  statsAvg: number | null;
  statsMax: number | null;
  statsMin: number | null;
  referenceName: string;
  criteriaTh: string;
  criteriaEn: string;
  totalValue: number | null;
  totalUnit: string;
  streamlined: boolean;
  noFee: boolean;
  // Not stored: the editor ticks it to say "no documents" explicitly (R7.1); it is true on
  // load exactly when the version has no documents.
  noDocuments: boolean;
  remarksTh: string;
  remarksEn: string;
  preparedByTh: string;
  preparedByEn: string;
  approvedByTh: string;
  approvedByEn: string;
  publishedByTh: string;
  publishedByEn: string;
  laws: LawRow[];
  channels: ChannelRow[];
  steps: StepRow[];
  documents: DocumentRow[];
  fees: FeeRow[];
  complaintChannels: ComplaintRow[];
  forms: FormRow[];
};

export const EDITOR_LISTS = ["laws", "channels", "steps", "documents", "fees", "complaintChannels", "forms"] as const;
export type EditorList = (typeof EDITOR_LISTS)[number];
export type RowOf<L extends EditorList> = EditorState[L][number];

// A new, empty row of each list (what "add" appends).
export const EMPTY_ROWS: { [L in EditorList]: () => RowOf<L> } = {
  laws: () => ({ titleTh: "", titleEn: "" }),
  channels: () => ({ kind: "", serviceCenterId: "", placeTh: "", placeEn: "", hoursTh: "", hoursEn: "", phone: "", url: "", remarkTh: "", remarkEn: "" }),
  steps: () => ({
    kind: "",
    titleTh: "",
    titleEn: "",
    descriptionTh: "",
    descriptionEn: "",
    durationValue: null,
    durationUnit: "",
    responsibleTh: "",
    responsibleEn: "",
    remarkTh: "",
    remarkEn: "",
  }),
  documents: () => ({ group: "", nameTh: "", nameEn: "", issuerTh: "", issuerEn: "", originals: null, copies: null, unit: "", conditionTh: "", conditionEn: "" }),
  fees: () => ({ kind: "", descriptionTh: "", descriptionEn: "", amount: null, amountMin: null, amountMax: null, percent: null, remarkTh: "", remarkEn: "" }),
  complaintChannels: () => ({ nameTh: "", nameEn: "", detailTh: "", detailEn: "" }),
  forms: () => ({ id: "", code: "", nameTh: "", nameEn: "", url: "" }),
};

// A new permit's first draft: names from the "new permit" form, the three complaint channels
// every OPDC manual lists (field 17) and the standard office hours; everything else empty.
export function newDraftState(input: { nameTh: string; nameEn: string; agencyTh: string; agencyEn: string; agencyPhone: string }): EditorState {
  const phone = input.agencyPhone ? ` ${input.agencyPhone}` : "";
  return {
    nameTh: input.nameTh,
    nameEn: input.nameEn,
    serviceType: "single_agency",
    impactLevel: "general",
    serviceArea: "local",
    timeLawTh: "",
    timeLawEn: "",
    statutoryValue: 0,
    statutoryUnit: "working_days",
    statsAvg: 0,
    statsMax: 0,
    statsMin: 0,
    referenceName: "",
    criteriaTh: "",
    criteriaEn: "",
    totalValue: null,
    totalUnit: "",
    streamlined: false,
    noFee: false,
    noDocuments: false,
    remarksTh: "",
    remarksEn: "",
    preparedByTh: "",
    preparedByEn: "",
    approvedByTh: "",
    approvedByEn: "",
    publishedByTh: "",
    publishedByEn: "",
    laws: [],
    channels: [],
    steps: [EMPTY_ROWS.steps()],
    documents: [],
    fees: [],
    complaintChannels: [
      { nameTh: input.agencyTh, nameEn: input.agencyEn, detailTh: `โทรศัพท์${phone} หรือยื่นหนังสือร้องเรียนที่หน่วยงาน`, detailEn: `Telephone${phone}, or a written complaint at the agency` },
      { nameTh: "ศูนย์บริการประชาชน สำนักปลัดสำนักนายกรัฐมนตรี", nameEn: "Public Service Center, Office of the Permanent Secretary, PM's Office", detailTh: "สายด่วน 1111 หรือ www.1111.go.th", detailEn: "Hotline 1111 or www.1111.go.th" },
      { nameTh: "ศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงมหาดไทย", nameEn: "Anti-Corruption Operation Center, Ministry of Interior", detailTh: "สายด่วน 1206", detailEn: "Hotline 1206" },
    ],
    forms: [],
  };
}
