import type { PermitSeed } from "../../types";
import { b, complaintChannels, HOUSE_REGISTRATION, ID_CARD, OFFICE_HOURS, POWER_OF_ATTORNEY, PUBLICATION } from "../common";

const agency = b("สำนักงานเขตปทุมวัน กรุงเทพมหานคร (สาธิต)", "Pathum Wan District Office, Bangkok (demo)");

export const foodPremisesLicence: PermitSeed = {
  slug: "food-premises-licence",
  kind: "licence",
  category: "food_health",
  agency: "PTW-DIST",
  serviceCenters: ["BKK01", "NBI01"],
  popularity: 950,
  manual: {
    name: b(
      "การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหารและสถานที่สะสมอาหาร พื้นที่เกิน 200 ตารางเมตร",
      "Food-selling and food-storage premises licence (over 200 m²)",
    ),
    serviceType: "single_agency",
    impactLevel: "economic",
    serviceArea: "local",
    laws: [
      b("พระราชบัญญัติการสาธารณสุข พ.ศ. 2535", "Public Health Act B.E. 2535 (1992)"),
      b("ข้อบัญญัติกรุงเทพมหานคร เรื่อง สถานที่จำหน่ายอาหารและสถานที่สะสมอาหาร", "Bangkok by-law on food-selling and food-storage premises"),
    ],
    timeLaw: b("พระราชบัญญัติการสาธารณสุข พ.ศ. 2535 มาตรา 56", "Public Health Act B.E. 2535, section 56"),
    statutory: { value: 30, unit: "working_days" },
    stats: { avg: 35, max: 58, min: 12 },
    referenceName: "ใบอนุญาตสถานที่จำหน่ายอาหาร เกิน 200 ตร.ม. สำนักงานเขตปทุมวัน (สาธิต)",
    channels: [
      { kind: "agency_counter", place: b("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล สำนักงานเขตปทุมวัน (สาธิต)", "Environment and Sanitation Section, Pathum Wan District Office (demo)"), hours: OFFICE_HOURS, phone: "02 000 1004" },
      { kind: "service_center", serviceCenter: "BKK01", place: b("ศูนย์บริการร่วมปทุมวัน (สาธิต)", "Pathum Wan Shared Service Center (demo)"), hours: OFFICE_HOURS, phone: "02 000 1100" },
      { kind: "service_center", serviceCenter: "NBI01", place: b("ศูนย์บริการร่วมจังหวัดนนทบุรี (สาธิต)", "Nonthaburi Provincial Shared Service Center (demo)"), hours: OFFICE_HOURS, phone: "02 000 2200", remark: b("รับคำขอแทนและส่งต่อให้สำนักงานเขต", "Takes the request and forwards it to the district office") },
    ],
    criteria: b(
      "ผู้ประกอบกิจการสถานที่จำหน่ายอาหารหรือสะสมอาหารที่มีพื้นที่เกิน 200 ตารางเมตรต้องได้รับใบอนุญาตจากเจ้าพนักงานท้องถิ่นก่อนเปิดกิจการ\n\nสถานที่ต้องถูกสุขลักษณะตามข้อบัญญัติ เช่น พื้นทำความสะอาดง่าย มีการระบายอากาศ มีที่ล้างมือ ห้องส้วมแยกจากที่ประกอบอาหาร และมีการกำจัดขยะและน้ำเสียที่เหมาะสม\n\nผู้สัมผัสอาหารต้องผ่านการอบรมสุขาภิบาลอาหารและมีสุขภาพดี\n\nใบอนุญาตมีอายุ 1 ปีนับแต่วันที่ออก ต้องยื่นต่ออายุก่อนหมดอายุ หากชำระค่าธรรมเนียมล่าช้าต้องเสียค่าปรับเพิ่มร้อยละ 20",
      "A food-selling or food-storage business with more than 200 m² of floor space must hold a licence from the local official before it opens.\n\nThe premises must meet the by-law's hygiene standards: easy-to-clean floors, ventilation, hand-washing points, toilets separate from food preparation, and proper handling of waste and waste water.\n\nFood handlers must have completed food-hygiene training and be in good health.\n\nThe licence is valid for 1 year from issue and must be renewed before it expires; a late annual fee carries a 20% surcharge.",
    ),
    steps: [
      { kind: "submission", title: b("ยื่นคำขอและตรวจสอบเอกสาร", "File the request and check the documents"), duration: { value: 1, unit: "working_days" }, responsible: b("ศูนย์บริการร่วม / ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "Shared service center / Environment and Sanitation Section") },
      { kind: "inspection", title: b("ตรวจสถานประกอบการ", "Inspect the premises"), description: b("เจ้าพนักงานสาธารณสุขตรวจสุขลักษณะตามข้อบัญญัติ", "A public-health officer checks hygiene against the by-law"), duration: { value: 20, unit: "working_days" }, responsible: b("เจ้าพนักงานสาธารณสุข", "Public-health officer") },
      { kind: "review", title: b("สรุปผลการตรวจและเสนอความเห็น", "Report the inspection and recommend"), duration: { value: 5, unit: "working_days" }, responsible: b("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "Environment and Sanitation Section") },
      { kind: "decision", title: b("พิจารณาอนุญาตและแจ้งผู้ขอให้มารับใบอนุญาต", "Decide and notify the applicant to collect the licence"), duration: { value: 4, unit: "working_days" }, responsible: b("ผู้อำนวยการเขต (เจ้าพนักงานท้องถิ่น)", "District Director (local official)") },
    ],
    total: { value: 30, unit: "working_days" },
    streamlined: false,
    documents: [
      ID_CARD,
      HOUSE_REGISTRATION,
      { group: "identity", name: b("บัตรประจำตัวประชาชนของผู้แทนนิติบุคคล", "ID card of the company's representative"), issuer: b("กรมการปกครอง", "Department of Provincial Administration"), originals: 1, copies: 1, unit: "copy", condition: b("กรณีผู้ขอเป็นนิติบุคคล", "When the applicant is a juristic person") },
      { group: "other", name: b("แบบคำขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (แบบ สอ.1)", "Application form for a food premises licence (form Sor.Or.1)"), issuer: b("-", "-"), originals: 1, copies: 0, unit: "copy" },
      { group: "other", name: b("สำเนาทะเบียนบ้านของสถานประกอบการ", "Copy of the house registration of the premises"), issuer: b("สำนักงานเขต", "District office"), originals: 0, copies: 1, unit: "copy" },
      { group: "other", name: b("หนังสือรับรองการจดทะเบียนนิติบุคคล", "Certificate of juristic-person registration"), issuer: b("กรมพัฒนาธุรกิจการค้า", "Department of Business Development"), originals: 0, copies: 1, unit: "copy", condition: b("กรณีผู้ขอเป็นนิติบุคคล ออกให้ไม่เกิน 6 เดือน", "When the applicant is a juristic person; issued within 6 months") },
      { group: "other", name: b("หนังสือยินยอมให้ใช้อาคารหรือสัญญาเช่า", "Consent to use the building, or the lease"), issuer: b("-", "-"), originals: 0, copies: 1, unit: "copy", condition: b("กรณีผู้ขอไม่ใช่เจ้าของอาคาร", "When the applicant does not own the building") },
      { group: "other", name: b("หลักฐานการอบรมผู้สัมผัสอาหาร", "Food-handler training certificates"), issuer: b("สำนักอนามัย / หน่วยงานที่ได้รับการรับรอง", "Health Department or an accredited trainer"), originals: 0, copies: 1, unit: "set" },
      POWER_OF_ATTORNEY,
    ],
    fees: [
      { kind: "range", description: b("ค่าธรรมเนียมใบอนุญาตต่อปี ตามขนาดพื้นที่", "Annual licence fee by floor area"), min: 200, max: 3000, remark: b("ชำระล่าช้าเสียค่าปรับเพิ่มร้อยละ 20 ของค่าธรรมเนียม", "Late payment adds a 20% surcharge") },
    ],
    noFee: false,
    complaintChannels: complaintChannels(agency, "02 000 1001"),
    forms: [
      { code: "สอ.1", name: b("คำขอรับใบอนุญาต/หนังสือรับรองการแจ้งสถานที่จำหน่ายอาหาร", "Application for a food premises licence or notification certificate") },
      { code: "สอ.3", name: b("ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (ตัวอย่าง)", "Food premises licence (sample)") },
    ],
    remarks: b(
      "อัตราค่าธรรมเนียมเป็นไปตามข้อบัญญัติท้องถิ่นและแตกต่างกันในแต่ละพื้นที่ (ตัวเลขตัวอย่างสำหรับการสาธิต)",
      "Fees follow the local by-law and differ by locality (illustrative demo figures).",
    ),
    ...PUBLICATION,
    publishedAt: "2026-02-02",
  },
};
