import type { MinistrySeed } from "../types";

export const ministries: MinistrySeed[] = [
  { code: "MOI", name: { th: "กระทรวงมหาดไทย", en: "Ministry of Interior" } },
  { code: "MOC", name: { th: "กระทรวงพาณิชย์", en: "Ministry of Commerce" } },
  { code: "MOF", name: { th: "กระทรวงการคลัง", en: "Ministry of Finance" } },
  { code: "MCULT", name: { th: "กระทรวงวัฒนธรรม", en: "Ministry of Culture" } },
  { code: "MOAC", name: { th: "กระทรวงเกษตรและสหกรณ์", en: "Ministry of Agriculture and Cooperatives" } },
  { code: "MOPH", name: { th: "กระทรวงสาธารณสุข", en: "Ministry of Public Health" } },
  { code: "OPM", name: { th: "สำนักนายกรัฐมนตรี", en: "Office of the Prime Minister" } },
];
