import type { PermitSeed } from "../../types";
import { b, complaintChannels, HOUSE_REGISTRATION, ID_CARD, OFFICE_HOURS, POWER_OF_ATTORNEY, PUBLICATION } from "../common";

const agency = b("กรมพัฒนาธุรกิจการค้า", "Department of Business Development");
const REG_HOURS = b(
  "วันจันทร์ถึงวันศุกร์ (ยกเว้นวันหยุดที่ทางราชการกำหนด) 08:30–12:00 น. และ 13:00–16:30 น.",
  "Monday to Friday except official holidays, 08:30–12:00 and 13:00–16:30",
);

export const commercialRegistration: PermitSeed = {
  slug: "commercial-registration",
  kind: "registration",
  category: "commerce",
  agency: "DBD",
  serviceCenters: ["BKK01", "NBI01"],
  popularity: 990,
  manual: {
    name: b("การจดทะเบียนพาณิชย์ (ตั้งใหม่) ตามพระราชบัญญัติทะเบียนพาณิชย์", "Commercial registration (new business)"),
    serviceType: "single_agency",
    impactLevel: "economic",
    serviceArea: "local",
    laws: [
      b("พระราชบัญญัติทะเบียนพาณิชย์ พ.ศ. 2499", "Commercial Registration Act B.E. 2499 (1956)"),
      b("ประกาศกระทรวงพาณิชย์ เรื่อง กำหนดพาณิชยกิจที่ไม่อยู่ภายใต้บังคับแห่งพระราชบัญญัติทะเบียนพาณิชย์", "Ministry of Commerce notification on businesses exempt from commercial registration"),
      b("กฎกระทรวงกำหนดค่าธรรมเนียมจดทะเบียนพาณิชย์", "Ministerial regulation on commercial registration fees"),
    ],
    timeLaw: b("คู่มือสำหรับประชาชนของกรมพัฒนาธุรกิจการค้า (กฎหมายไม่ได้กำหนดระยะเวลา)", "The department's citizen manual (the law sets no time limit)"),
    statutory: { value: 0, unit: "minutes" },
    stats: { avg: 160, max: 240, min: 95 },
    referenceName: "การจดทะเบียนพาณิชย์ (ตั้งใหม่) สำนักงานเขต (สาธิต)",
    channels: [
      { kind: "service_center", serviceCenter: "BKK01", place: b("ศูนย์บริการร่วมปทุมวัน (สาธิต)", "Pathum Wan Shared Service Center (demo)"), hours: REG_HOURS, phone: "02 000 1100", remark: b("นายทะเบียนพาณิชย์ประจำสำนักงานเขต", "The district's commercial registrar") },
      { kind: "service_center", serviceCenter: "NBI01", place: b("ศูนย์บริการร่วมจังหวัดนนทบุรี (สาธิต)", "Nonthaburi Provincial Shared Service Center (demo)"), hours: REG_HOURS, phone: "02 000 2200" },
      { kind: "online", place: b("ระบบจดทะเบียนพาณิชย์อิเล็กทรอนิกส์ (สาธิต)", "Electronic commercial registration (demo)"), hours: b("ตลอด 24 ชั่วโมง ตรวจคำขอในเวลาราชการ", "24 hours; requests are checked in office hours"), url: "https://anuyat.example/online", remark: b("ยื่นและชำระค่าธรรมเนียมทางออนไลน์ได้", "File and pay online") },
    ],
    criteria: b(
      "ผู้ประกอบพาณิชยกิจต้องยื่นขอจดทะเบียนพาณิชย์ภายใน 30 วันนับแต่วันเริ่มประกอบกิจการ\n\nยื่นได้ด้วยตนเองหรือมอบอำนาจ ณ สำนักงานทะเบียนพาณิชย์ในพื้นที่ที่ตั้งสำนักงานใหญ่\n\nผู้ขอต้องบรรลุนิติภาวะ และชื่อที่ใช้ในการประกอบกิจการต้องไม่ซ้ำหรือคล้ายกับชื่อที่ต้องห้าม",
      "A trader must apply for commercial registration within 30 days of starting business.\n\nApply in person or through a representative at the commercial registration office of the area where the head office is.\n\nThe applicant must be of age, and the business name must not be a prohibited or misleadingly similar name.",
    ),
    steps: [
      { kind: "submission", title: b("ยื่นคำขอและตรวจสอบเอกสาร", "File the request and check the documents"), duration: { value: 15, unit: "minutes" }, responsible: b("นายทะเบียนพาณิชย์", "Commercial registrar") },
      { kind: "review", title: b("พิจารณารับจดทะเบียน", "Examine and accept the registration"), duration: { value: 30, unit: "minutes" }, responsible: b("นายทะเบียนพาณิชย์", "Commercial registrar") },
      { kind: "payment", title: b("ชำระค่าธรรมเนียม", "Pay the fee"), duration: { value: 5, unit: "minutes" }, responsible: b("ฝ่ายการคลัง", "Finance Section") },
      { kind: "issue", title: b("ออกใบทะเบียนพาณิชย์", "Issue the registration certificate"), duration: { value: 10, unit: "minutes" }, responsible: b("นายทะเบียนพาณิชย์", "Commercial registrar") },
    ],
    total: { value: 60, unit: "minutes" },
    streamlined: true,
    documents: [
      ID_CARD,
      HOUSE_REGISTRATION,
      { group: "other", name: b("แบบคำขอจดทะเบียนพาณิชย์ (แบบ ทพ.)", "Commercial registration form (form Tor.Por.)"), issuer: b("-", "-"), originals: 1, copies: 0, unit: "copy" },
      { group: "other", name: b("หนังสือให้ความยินยอมให้ใช้สถานที่ตั้งสำนักงานใหญ่ หรือสัญญาเช่า", "Consent to use the head-office address, or the lease"), issuer: b("-", "-"), originals: 1, copies: 0, unit: "copy", condition: b("กรณีผู้ขอไม่ใช่เจ้าของบ้าน", "When the applicant does not own the premises") },
      { group: "other", name: b("แผนที่แสดงที่ตั้งสำนักงานใหญ่", "Map of the head-office location"), issuer: b("-", "-"), originals: 1, copies: 0, unit: "copy" },
      POWER_OF_ATTORNEY,
    ],
    fees: [{ kind: "fixed", description: b("ค่าธรรมเนียมจดทะเบียนพาณิชย์ตั้งใหม่", "New commercial registration fee"), amount: 50 }],
    noFee: false,
    complaintChannels: complaintChannels(agency, "1570"),
    forms: [
      { code: "ทพ.", name: b("คำขอจดทะเบียนพาณิชย์", "Commercial registration form") },
      { code: "", name: b("ตัวอย่างการกรอกแบบ ทพ.", "How to fill in form Tor.Por. (sample)") },
    ],
    remarks: b(
      "ระยะเวลาดำเนินการนับในเวลาราชการเมื่อคำขอและเอกสารครบถ้วน",
      "The time is counted in office hours once the request and documents are complete.",
    ),
    ...PUBLICATION,
    publishedAt: "2026-03-01",
  },
};
