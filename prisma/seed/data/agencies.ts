import type { AgencySeed } from "../types";

// Demo agencies. Names follow the real bodies; addresses and phone numbers are illustrative.
export const agencies: AgencySeed[] = [
  {
    code: "PTW-DIST",
    ministry: "MOI",
    name: { th: "สำนักงานเขตปทุมวัน กรุงเทพมหานคร (สาธิต)", en: "Pathum Wan District Office, Bangkok (demo)" },
    phone: "02 000 1001",
    address: { th: "ถนนพระราม 1 แขวงรองเมือง เขตปทุมวัน กรุงเทพฯ (ที่อยู่สาธิต)", en: "Rama I Road, Rong Mueang, Pathum Wan, Bangkok (demo address)" },
  },
  {
    code: "NBI-MUNI",
    ministry: "MOI",
    name: { th: "เทศบาลนครนนทบุรี (สาธิต)", en: "Nonthaburi City Municipality (demo)" },
    phone: "02 000 2002",
    address: { th: "ถนนรัตนาธิเบศร์ อำเภอเมืองนนทบุรี (ที่อยู่สาธิต)", en: "Rattanathibet Road, Mueang Nonthaburi (demo address)" },
  },
  { code: "DBD", ministry: "MOC", name: { th: "กรมพัฒนาธุรกิจการค้า", en: "Department of Business Development" }, phone: "1570", website: "www.dbd.go.th" },
  { code: "EXCISE", ministry: "MOF", name: { th: "กรมสรรพสามิต", en: "Excise Department" }, phone: "1713", website: "www.excise.go.th" },
  { code: "DCP", ministry: "MCULT", name: { th: "กรมส่งเสริมวัฒนธรรม", en: "Department of Cultural Promotion" }, phone: "02 247 0028" },
  { code: "DOA", ministry: "MOAC", name: { th: "กรมวิชาการเกษตร", en: "Department of Agriculture" }, phone: "02 579 8558" },
  { code: "FDA", ministry: "MOPH", name: { th: "สำนักงานคณะกรรมการอาหารและยา", en: "Food and Drug Administration" }, phone: "1556", website: "www.fda.moph.go.th" },
  { code: "OCPB", ministry: "OPM", name: { th: "สำนักงานคณะกรรมการคุ้มครองผู้บริโภค", en: "Office of the Consumer Protection Board" }, phone: "1166" },
  { code: "MPB", ministry: "OPM", name: { th: "กองบัญชาการตำรวจนครบาล", en: "Metropolitan Police Bureau" }, phone: "1599" },
];
