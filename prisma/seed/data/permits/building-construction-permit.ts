import type { PermitSeed } from "../../types";
import { b, complaintChannels, HOUSE_REGISTRATION, ID_CARD, OFFICE_HOURS, POWER_OF_ATTORNEY, PUBLICATION } from "../common";

const agency = b("สำนักงานเขตปทุมวัน กรุงเทพมหานคร (สาธิต)", "Pathum Wan District Office, Bangkok (demo)");

export const buildingConstructionPermit: PermitSeed = {
  slug: "building-construction-permit",
  kind: "licence",
  category: "construction",
  agency: "PTW-DIST",
  serviceCenters: ["BKK01"],
  popularity: 980,
  manual: {
    name: b("การขออนุญาตก่อสร้างอาคารตามมาตรา 21", "Building construction permit (section 21)"),
    serviceType: "single_agency",
    impactLevel: "economic",
    serviceArea: "local",
    laws: [
      b("พระราชบัญญัติควบคุมอาคาร พ.ศ. 2522", "Building Control Act B.E. 2522 (1979)"),
      b("กฎกระทรวงกำหนดค่าธรรมเนียมการออกใบอนุญาตตามกฎหมายว่าด้วยการควบคุมอาคาร", "Ministerial regulation on fees for permits under the building control law"),
      b("ข้อบัญญัติกรุงเทพมหานคร เรื่อง ควบคุมการก่อสร้างอาคาร", "Bangkok Metropolitan by-law on building construction control"),
    ],
    timeLaw: b("พระราชบัญญัติควบคุมอาคาร พ.ศ. 2522 มาตรา 25", "Building Control Act B.E. 2522, section 25"),
    statutory: { value: 45, unit: "calendar_days" },
    stats: { avg: 42, max: 71, min: 18 },
    referenceName: "การขออนุญาตก่อสร้างอาคาร ม.21 สำนักงานเขตปทุมวัน (สาธิต)",
    channels: [
      { kind: "agency_counter", place: b("ฝ่ายโยธา สำนักงานเขตปทุมวัน ชั้น 3 (สาธิต)", "Public Works Section, Pathum Wan District Office, 3rd floor (demo)"), hours: OFFICE_HOURS, phone: "02 000 1003" },
      { kind: "service_center", serviceCenter: "BKK01", place: b("ศูนย์บริการร่วมปทุมวัน ชั้น 1 (สาธิต)", "Pathum Wan Shared Service Center, ground floor (demo)"), hours: OFFICE_HOURS, phone: "02 000 1100", remark: b("รับคำขอและตรวจเอกสารแทนฝ่ายโยธา", "Takes and checks requests on behalf of the Public Works Section") },
    ],
    criteria: b(
      "ผู้ใดจะก่อสร้างอาคารต้องได้รับใบอนุญาตจากเจ้าพนักงานท้องถิ่นก่อน หรือแจ้งตามมาตรา 39 ทวิ\n\nแบบแปลนต้องลงนามโดยสถาปนิกและวิศวกรผู้ได้รับใบอนุญาตประกอบวิชาชีพ ตามประเภทและขนาดของอาคาร\n\nเจ้าพนักงานท้องถิ่นตรวจพิจารณาแบบแปลนและตรวจสถานที่ก่อสร้าง หากถูกต้องตามกฎหมายจะออกใบอนุญาต (แบบ อ.1) ภายใน 45 วัน และผู้ขอต้องมารับใบอนุญาตภายใน 30 วันนับแต่วันที่ได้รับแจ้ง\n\nหากมีเหตุจำเป็นที่ไม่อาจออกใบอนุญาตได้ทันกำหนด ขยายเวลาได้ไม่เกิน 2 ครั้ง ครั้งละไม่เกิน 45 วัน โดยต้องแจ้งเหตุให้ผู้ขอทราบ",
      "Anyone who builds must first obtain a permit from the local official, or file a notification under section 39 bis.\n\nDrawings must be signed by a licensed architect and engineer, according to the type and size of the building.\n\nThe local official reviews the drawings and inspects the site; if everything complies, the permit (form Or.1) is issued within 45 days, and the applicant must collect it within 30 days of being notified.\n\nIf the permit cannot be issued in time for a necessary reason, the period may be extended at most twice, by up to 45 days each time, and the applicant must be told why.",
    ),
    steps: [
      { kind: "submission", title: b("ยื่นคำขอ (แบบ ข.1) และตรวจสอบเอกสาร", "File the request (form Kor.1) and check the documents"), description: b("เจ้าหน้าที่ตรวจเอกสารตามคู่มือ หากไม่ครบจะทำบันทึกความบกพร่อง", "The officer checks the documents against this manual; anything missing goes on a deficiency record"), duration: { value: 1, unit: "working_days" }, responsible: b("ศูนย์บริการร่วม / ฝ่ายโยธา", "Shared service center / Public Works Section") },
      { kind: "inspection", title: b("ตรวจสถานที่ก่อสร้าง", "Inspect the building site"), duration: { value: 7, unit: "calendar_days" }, responsible: b("ฝ่ายโยธา สำนักงานเขต", "Public Works Section") },
      { kind: "review", title: b("ตรวจพิจารณาแบบแปลนและรายการคำนวณ", "Review the drawings and structural calculations"), description: b("นายช่างและวิศวกรตรวจความถูกต้องตามกฎหมายควบคุมอาคาร", "Engineers check compliance with the building control law"), duration: { value: 30, unit: "calendar_days" }, responsible: b("ฝ่ายโยธา สำนักงานเขต", "Public Works Section") },
      { kind: "decision", title: b("พิจารณาออกใบอนุญาตและแจ้งผู้ขอ", "Decide and notify the applicant"), duration: { value: 5, unit: "calendar_days" }, responsible: b("ผู้อำนวยการเขต (เจ้าพนักงานท้องถิ่น)", "District Director (local official)") },
      { kind: "payment", title: b("ชำระค่าธรรมเนียมและรับใบอนุญาต (แบบ อ.1)", "Pay the fees and collect the permit (form Or.1)"), duration: { value: 2, unit: "calendar_days" }, responsible: b("ฝ่ายการคลัง / ฝ่ายโยธา", "Finance Section / Public Works Section"), remark: b("ผู้ขอต้องมารับภายใน 30 วันนับแต่ได้รับแจ้ง", "Collect within 30 days of the notice") },
    ],
    total: { value: 45, unit: "calendar_days" },
    streamlined: true,
    documents: [
      ID_CARD,
      HOUSE_REGISTRATION,
      { group: "identity", name: b("บัตรประจำตัวประชาชนและทะเบียนบ้านของเจ้าของที่ดิน", "Landowner's ID card and house registration"), issuer: b("กรมการปกครอง", "Department of Provincial Administration"), originals: 0, copies: 1, unit: "set", condition: b("กรณีผู้ขอไม่ใช่เจ้าของที่ดิน", "When the applicant does not own the land") },
      { group: "other", name: b("แบบคำขออนุญาตก่อสร้างอาคาร (แบบ ข.1)", "Application for a building permit (form Kor.1)"), issuer: b("-", "-"), originals: 1, copies: 0, unit: "copy" },
      { group: "other", name: b("แผนผังบริเวณ", "Site plan"), issuer: b("-", "-"), originals: 2, copies: 0, unit: "set" },
      { group: "other", name: b("แบบแปลนและรายการประกอบแบบแปลน ลงนามโดยสถาปนิกและวิศวกร", "Drawings and specifications signed by the architect and the engineer"), issuer: b("-", "-"), originals: 5, copies: 0, unit: "set", condition: b("บ้านพักอาศัยขนาดเล็กใช้ 1–2 ชุด", "1–2 sets for a small house") },
      { group: "other", name: b("สำเนาโฉนดที่ดิน ขนาดเท่าต้นฉบับ รับรองสำเนาถูกต้อง", "Certified full-size copy of the land title deed"), issuer: b("กรมที่ดิน", "Department of Lands"), originals: 0, copies: 1, unit: "copy" },
      { group: "other", name: b("หนังสือยินยอมให้ก่อสร้างอาคารในที่ดิน", "Landowner's consent to build on the land"), issuer: b("-", "-"), originals: 1, copies: 0, unit: "copy", condition: b("กรณีผู้ขอไม่ใช่เจ้าของที่ดิน", "When the applicant does not own the land") },
      { group: "other", name: b("หนังสือยินยอมของเจ้าของที่ดินข้างเคียง", "Neighbour's consent"), issuer: b("-", "-"), originals: 1, copies: 0, unit: "copy", condition: b("กรณีก่อสร้างผนังร่วมหรือชิดเขตที่ดิน", "When building a party wall or right at the boundary") },
      { group: "other", name: b("รายการคำนวณโครงสร้าง พร้อมสำเนาใบอนุญาตวิศวกร", "Structural calculations with a copy of the engineer's licence"), issuer: b("สภาวิศวกร", "Council of Engineers"), originals: 1, copies: 1, unit: "set", condition: b("อาคารตั้งแต่ 2 ชั้นขึ้นไป", "Buildings of 2 storeys or more") },
      { group: "other", name: b("หนังสือรับรองของสถาปนิก พร้อมสำเนาใบอนุญาต", "Architect's certificate with a copy of the licence"), issuer: b("สภาสถาปนิก", "Architect Council of Thailand"), originals: 1, copies: 1, unit: "copy", condition: b("อาคารพื้นที่เกิน 150 ตารางเมตร", "Buildings over 150 m²") },
      { group: "other", name: b("คำร้องขอเลขที่บ้าน (แบบ ท.ร.9)", "House-number request (form Tor.Ror.9)"), issuer: b("-", "-"), originals: 1, copies: 0, unit: "copy", condition: b("กรณีอาคารใหม่ที่ต้องการบ้านเลขที่", "For a new building that needs a house number") },
      POWER_OF_ATTORNEY,
    ],
    fees: [
      { kind: "range", description: b("ค่าธรรมเนียมใบอนุญาตก่อสร้าง", "Building permit fee"), min: 20, max: 1000, remark: b("ตามกฎกระทรวง คิดตามประเภทอาคาร (ตัวเลขตัวอย่างสำหรับการสาธิต)", "Set by ministerial regulation by building type (illustrative demo figure)") },
      { kind: "fixed", description: b("ค่าธรรมเนียมตรวจแบบแปลน อาคารสูงไม่เกิน 2 ชั้น ต่อตารางเมตร", "Plan-check fee, buildings up to 2 storeys, per m²"), amount: 0.5 },
      { kind: "fixed", description: b("ค่าธรรมเนียมตรวจแบบแปลน อาคารสูงเกิน 2 ชั้น ต่อตารางเมตร", "Plan-check fee, buildings over 2 storeys, per m²"), amount: 4 },
    ],
    noFee: false,
    complaintChannels: complaintChannels(agency, "02 000 1001"),
    forms: [
      { code: "ข.1", name: b("คำขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร", "Application to build, alter or demolish a building") },
      { code: "อ.1", name: b("ใบอนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร (ตัวอย่าง)", "Building permit (sample)") },
      { code: "ท.ร.9", name: b("คำร้องขอเลขที่บ้าน", "House-number request") },
    ],
    remarks: b(
      "ค่าธรรมเนียมและจำนวนชุดเอกสารแตกต่างกันตามท้องถิ่น ข้อมูลในคู่มือนี้เป็นข้อมูลสาธิต\n\nอาคารบ้านพักอาศัยขนาดไม่เกิน 150 ตารางเมตรบางท้องถิ่นพิจารณาแล้วเสร็จภายใน 2 วันทำการ",
      "Fees and the number of document sets vary by locality; this manual is demonstration data.\n\nSome offices decide small houses of up to 150 m² within 2 working days.",
    ),
    ...PUBLICATION,
    publishedAt: "2026-01-15",
  },
};
