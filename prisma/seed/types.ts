// Shape of the demo content. Every field a citizen reads has a Thai and an English text.
// The loader (prisma/seed.ts) writes these into the Prisma models; tests build fixtures
// with the same types, so seed and tests share one factory.
import type {
  Category,
  ChannelKind,
  HolidayKind,
  PermitKind,
  TimeUnit,
} from "../../app/domain/manual/vocabulary";

export type Bilingual = { th: string; en: string };

export type MinistrySeed = { code: string; name: Bilingual };
export type AgencySeed = {
  code: string;
  ministry: string; // MinistrySeed.code
  parent?: string; // AgencySeed.code
  name: Bilingual;
  phone?: string;
  website?: string;
  address?: Bilingual;
};
export type ServiceCenterSeed = {
  code: string; // e.g. BKK01, used in tracking numbers
  name: Bilingual;
  address: Bilingual;
  phone: string;
  opensAt: string; // HH:MM
  closesAt: string;
  lunchStart?: string;
  lunchEnd?: string;
};
export type HolidaySeed = { date: string; name: Bilingual; kind: HolidayKind };

export type StepSeed = {
  kind: "submission" | "document_check" | "inspection" | "review" | "decision" | "payment" | "issue" | "other";
  title: Bilingual;
  description?: Bilingual;
  duration: { value: number; unit: TimeUnit };
  responsible: Bilingual;
  remark?: Bilingual;
};
export type DocumentSeed = {
  group: "identity" | "other";
  name: Bilingual;
  issuer: Bilingual;
  originals: number;
  copies: number;
  unit: "copy" | "set";
  condition?: Bilingual; // when the document is needed; omitted = always
};
export type FeeSeed =
  | { kind: "fixed"; description: Bilingual; amount: number; remark?: Bilingual }
  | { kind: "range"; description: Bilingual; min: number; max: number; remark?: Bilingual }
  | { kind: "percentage"; description: Bilingual; percent: number; remark?: Bilingual };
export type ChannelSeed = {
  kind: ChannelKind;
  serviceCenter?: string; // ServiceCenterSeed.code when kind is service_center / oss
  place: Bilingual;
  hours: Bilingual;
  phone?: string;
  url?: string;
  remark?: Bilingual;
};

export type PermitSeed = {
  slug: string;
  kind: PermitKind;
  category: Category;
  agency: string; // AgencySeed.code
  serviceCenters: string[]; // ServiceCenterSeed.code where the permit can be filed
  popularity: number;
  manual: {
    name: Bilingual;
    serviceType: "single_agency" | "multi_agency";
    impactLevel: "general" | "economic" | "social";
    serviceArea: "central" | "regional" | "local";
    laws: Bilingual[];
    timeLaw: Bilingual;
    statutory: { value: number; unit: TimeUnit }; // value 0 = no time set by law
    stats: { avg: number; max: number; min: number };
    referenceName: string;
    channels: ChannelSeed[];
    criteria: Bilingual; // paragraphs separated by a blank line
    steps: StepSeed[];
    total: { value: number; unit: TimeUnit };
    streamlined: boolean;
    documents: DocumentSeed[];
    fees: FeeSeed[]; // empty => noFee must be true
    noFee: boolean;
    complaintChannels: { name: Bilingual; detail: Bilingual }[];
    forms: { code?: string; name: Bilingual; url?: string }[];
    remarks?: Bilingual;
    preparedBy: Bilingual;
    approvedBy: Bilingual;
    publishedBy: Bilingual;
    publishedAt: string; // YYYY-MM-DD (Asia/Bangkok)
  };
};
