// Pieces every demo manual shares: the complaint channels of the OPDC template (field 17) and
// a few bilingual helpers.
import type { Bilingual, PermitSeed } from "../types";

export const b = (th: string, en: string): Bilingual => ({ th, en });

export function complaintChannels(agency: Bilingual, phone: string): PermitSeed["manual"]["complaintChannels"] {
  return [
    { name: agency, detail: b(`โทรศัพท์ ${phone} หรือยื่นหนังสือร้องเรียนที่หน่วยงาน`, `Telephone ${phone}, or a written complaint at the agency`) },
    { name: b("ศูนย์บริการประชาชน สำนักปลัดสำนักนายกรัฐมนตรี", "Public Service Center, Office of the Permanent Secretary, PM's Office"), detail: b("สายด่วน 1111 หรือ www.1111.go.th", "Hotline 1111 or www.1111.go.th") },
    { name: b("ศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงมหาดไทย", "Anti-Corruption Operation Center, Ministry of Interior"), detail: b("สายด่วน 1206", "Hotline 1206") },
  ];
}

export const OFFICE_HOURS = b(
  "วันจันทร์ถึงวันศุกร์ (ยกเว้นวันหยุดที่ทางราชการกำหนด) ตั้งแต่เวลา 08:30–16:30 น. (มีพักเที่ยง)",
  "Monday to Friday except official holidays, 08:30–16:30 (lunch break 12:00–13:00)",
);

export const ID_CARD = {
  group: "identity" as const,
  name: b("บัตรประจำตัวประชาชน", "National ID card"),
  issuer: b("กรมการปกครอง", "Department of Provincial Administration"),
  originals: 1,
  copies: 1,
  unit: "copy" as const,
};
export const HOUSE_REGISTRATION = {
  group: "identity" as const,
  name: b("สำเนาทะเบียนบ้าน", "Copy of the house registration"),
  issuer: b("กรมการปกครอง", "Department of Provincial Administration"),
  originals: 0,
  copies: 1,
  unit: "copy" as const,
};
export const POWER_OF_ATTORNEY = {
  group: "other" as const,
  name: b("หนังสือมอบอำนาจ พร้อมติดอากรแสตมป์ 30 บาท", "Power of attorney with a 30-baht duty stamp"),
  issuer: b("-", "-"),
  originals: 1,
  copies: 0,
  unit: "copy" as const,
  condition: b("กรณีมอบอำนาจให้ผู้อื่นยื่นแทน พร้อมสำเนาบัตรประชาชนของผู้มอบและผู้รับมอบ", "When someone files on the applicant's behalf, with copies of both ID cards"),
};
export const PUBLICATION = {
  preparedBy: b("ฝ่ายพัฒนาระบบราชการของหน่วยงาน (ข้อมูลสาธิต)", "The agency's public-sector development unit (demo data)"),
  approvedBy: b("หัวหน้าหน่วยงาน (ข้อมูลสาธิต)", "Head of the agency (demo data)"),
  publishedBy: b("สำนักงาน ก.พ.ร. (ข้อมูลสาธิต)", "OPDC (demo data)"),
};
