// Ten shorter demo manuals: every template field is present, with fewer steps and documents
// than the three complete ones. Figures follow published local manuals and are demo data.
import type { Bilingual, DocumentSeed, FeeSeed, PermitSeed, StepSeed } from "../../types";
import type { Category, PermitKind, TimeUnit } from "../../../../app/domain/manual/vocabulary";
import { b, complaintChannels, HOUSE_REGISTRATION, ID_CARD, OFFICE_HOURS, POWER_OF_ATTORNEY, PUBLICATION } from "../common";
import { agencies } from "../agencies";

type Short = {
  slug: string;
  kind: PermitKind;
  category: Category;
  agency: string;
  centers: string[];
  popularity: number;
  name: Bilingual;
  laws: Bilingual[];
  total: { value: number; unit: TimeUnit };
  criteria: Bilingual;
  steps: StepSeed[];
  documents: DocumentSeed[];
  fees: FeeSeed[];
  online?: boolean;
  form?: { code: string; name: Bilingual };
  publishedAt: string;
};

function manual(s: Short): PermitSeed {
  const agency = agencies.find((a) => a.code === s.agency)!;
  return {
    slug: s.slug,
    kind: s.kind,
    category: s.category,
    agency: s.agency,
    serviceCenters: s.centers,
    popularity: s.popularity,
    manual: {
      name: s.name,
      serviceType: "single_agency",
      impactLevel: "economic",
      serviceArea: agency.code.includes("-") ? "local" : "central",
      laws: s.laws,
      timeLaw: b("คู่มือสำหรับประชาชนของหน่วยงาน", "The agency's citizen manual"),
      statutory: { value: 0, unit: s.total.unit },
      stats: { avg: Math.round(s.popularity / 20), max: Math.round(s.popularity / 12), min: Math.round(s.popularity / 40) },
      referenceName: `${s.name.th} (สาธิต)`,
      channels: [
        { kind: "agency_counter", place: agency.name, hours: OFFICE_HOURS, phone: agency.phone ?? "" },
        ...s.centers.map((code) => ({
          kind: "service_center" as const,
          serviceCenter: code,
          place: code === "BKK01" ? b("ศูนย์บริการร่วมปทุมวัน (สาธิต)", "Pathum Wan Shared Service Center (demo)") : b("ศูนย์บริการร่วมจังหวัดนนทบุรี (สาธิต)", "Nonthaburi Provincial Shared Service Center (demo)"),
          hours: OFFICE_HOURS,
          phone: code === "BKK01" ? "02 000 1100" : "02 000 2200",
        })),
        ...(s.online ? [{ kind: "online" as const, place: b("ยื่นคำขอทางออนไลน์ (สาธิต)", "Online application (demo)"), hours: b("ตลอด 24 ชั่วโมง", "24 hours"), url: "https://anuyat.example/online" }] : []),
      ],
      criteria: s.criteria,
      steps: s.steps,
      total: s.total,
      streamlined: false,
      documents: s.documents,
      fees: s.fees,
      noFee: s.fees.length === 0,
      complaintChannels: complaintChannels(agency.name, agency.phone ?? "1111"),
      forms: s.form ? [s.form] : [],
      remarks: b("ข้อมูลในคู่มือนี้เป็นข้อมูลสาธิต", "This manual is demonstration data."),
      ...PUBLICATION,
      publishedAt: s.publishedAt,
    },
  };
}

const step = (kind: StepSeed["kind"], th: string, en: string, value: number, unit: TimeUnit, rth: string, ren: string): StepSeed => ({
  kind,
  title: b(th, en),
  duration: { value, unit },
  responsible: b(rth, ren),
});
const FORM_DOC = (th: string, en: string): DocumentSeed => ({ group: "other", name: b(th, en), issuer: b("-", "-"), originals: 1, copies: 0, unit: "copy" });

export const shorterPermits: PermitSeed[] = [
  manual({
    slug: "food-premises-notification",
    kind: "notification",
    category: "food_health",
    agency: "NBI-MUNI",
    centers: ["NBI01", "BKK01"],
    popularity: 900,
    name: b("การขอหนังสือรับรองการแจ้งจัดตั้งสถานที่จำหน่ายอาหาร พื้นที่ไม่เกิน 200 ตารางเมตร", "Food premises notification certificate (up to 200 m²)"),
    laws: [b("พระราชบัญญัติการสาธารณสุข พ.ศ. 2535", "Public Health Act B.E. 2535 (1992)"), b("เทศบัญญัติเทศบาลนครนนทบุรี เรื่อง สถานที่จำหน่ายอาหาร (สาธิต)", "Nonthaburi municipal by-law on food premises (demo)")],
    total: { value: 7, unit: "working_days" },
    criteria: b("ร้านอาหารหรือแผงขนาดไม่เกิน 200 ตารางเมตรต้องแจ้งต่อเจ้าพนักงานท้องถิ่นก่อนเปิดกิจการ\n\nหนังสือรับรองการแจ้งมีอายุ 1 ปี", "A food shop or stall of up to 200 m² must notify the local official before opening.\n\nThe notification certificate is valid for 1 year."),
    steps: [
      step("submission", "ยื่นแบบแจ้งและตรวจเอกสาร", "File the notification and check the documents", 1, "working_days", "กองสาธารณสุขและสิ่งแวดล้อม", "Public Health and Environment Division"),
      step("inspection", "ตรวจสถานที่", "Inspect the premises", 4, "working_days", "เจ้าพนักงานสาธารณสุข", "Public-health officer"),
      step("issue", "ออกหนังสือรับรองการแจ้ง", "Issue the notification certificate", 2, "working_days", "นายกเทศมนตรี", "Mayor"),
    ],
    documents: [ID_CARD, HOUSE_REGISTRATION, FORM_DOC("แบบแจ้งจัดตั้งสถานที่จำหน่ายอาหาร (แบบ สอ.1)", "Food premises notification form (Sor.Or.1)"), POWER_OF_ATTORNEY],
    fees: [{ kind: "range", description: b("ค่าธรรมเนียมหนังสือรับรองการแจ้งต่อปี", "Annual notification certificate fee"), min: 100, max: 1000 }],
    online: true,
    form: { code: "สอ.1", name: b("แบบแจ้งจัดตั้งสถานที่จำหน่ายอาหาร", "Food premises notification form") },
    publishedAt: "2026-02-02",
  }),
  manual({
    slug: "health-hazard-business-licence",
    kind: "licence",
    category: "food_health",
    agency: "NBI-MUNI",
    centers: ["NBI01"],
    popularity: 520,
    name: b("การขอรับใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", "Licence for a business hazardous to health"),
    laws: [b("พระราชบัญญัติการสาธารณสุข พ.ศ. 2535", "Public Health Act B.E. 2535 (1992)"), b("เทศบัญญัติ เรื่อง กิจการที่เป็นอันตรายต่อสุขภาพ (สาธิต)", "Municipal by-law on businesses hazardous to health (demo)")],
    total: { value: 30, unit: "working_days" },
    criteria: b("กิจการตามบัญชีท้ายเทศบัญญัติ เช่น อู่ซ่อมรถ โรงงานผลิตน้ำแข็ง ต้องได้รับใบอนุญาตก่อนดำเนินกิจการ", "Businesses listed in the by-law, such as garages or ice factories, need a licence before operating."),
    steps: [
      step("submission", "ยื่นคำขอและตรวจเอกสาร", "File the request and check the documents", 1, "working_days", "กองสาธารณสุขและสิ่งแวดล้อม", "Public Health and Environment Division"),
      step("inspection", "ตรวจสถานประกอบการ", "Inspect the business", 20, "working_days", "เจ้าพนักงานสาธารณสุข", "Public-health officer"),
      step("decision", "พิจารณาอนุญาต", "Decide", 9, "working_days", "นายกเทศมนตรี", "Mayor"),
    ],
    documents: [ID_CARD, HOUSE_REGISTRATION, FORM_DOC("แบบคำขอรับใบอนุญาตประกอบกิจการ (แบบ อภ.1)", "Application form (Or.Por.1)")],
    fees: [{ kind: "range", description: b("ค่าธรรมเนียมใบอนุญาตต่อปี", "Annual licence fee"), min: 1000, max: 10000 }],
    publishedAt: "2026-01-20",
  }),
  manual({
    slug: "liquor-retail-licence",
    kind: "licence",
    category: "alcohol_tobacco",
    agency: "EXCISE",
    centers: ["BKK01", "NBI01"],
    popularity: 610,
    name: b("การขอใบอนุญาตขายสุรา ประเภทที่ 3 และ 4", "Liquor retail licence (types 3 and 4)"),
    laws: [b("พระราชบัญญัติภาษีสรรพสามิต พ.ศ. 2560", "Excise Tax Act B.E. 2560 (2017)"), b("พระราชบัญญัติควบคุมเครื่องดื่มแอลกอฮอล์ พ.ศ. 2551", "Alcoholic Beverage Control Act B.E. 2551 (2008)")],
    total: { value: 1, unit: "working_days" },
    criteria: b("ผู้ขายสุราปลีกต้องได้รับใบอนุญาตก่อนขาย และห้ามขายในสถานที่ต้องห้าม เช่น ใกล้สถานศึกษา", "Liquor retailers need a licence before selling, and may not sell in prohibited places such as near schools."),
    steps: [
      step("submission", "ยื่นคำขอและตรวจเอกสาร", "File the request and check the documents", 2, "hours", "สำนักงานสรรพสามิตพื้นที่", "Area excise office"),
      step("issue", "ชำระค่าธรรมเนียมและออกใบอนุญาต", "Pay and receive the licence", 4, "hours", "สำนักงานสรรพสามิตพื้นที่", "Area excise office"),
    ],
    documents: [ID_CARD, FORM_DOC("แบบคำขออนุญาตขายสุรา", "Liquor licence application form"), { group: "other", name: b("แผนที่ตั้งสถานที่ขาย", "Map of the shop location"), issuer: b("-", "-"), originals: 1, copies: 0, unit: "copy" }],
    fees: [{ kind: "range", description: b("ค่าธรรมเนียมใบอนุญาตต่อปี ตามประเภท", "Annual fee by licence type"), min: 330, max: 7700 }],
    publishedAt: "2026-01-10",
  }),
  manual({
    slug: "tobacco-retail-licence",
    kind: "licence",
    category: "alcohol_tobacco",
    agency: "EXCISE",
    centers: ["BKK01"],
    popularity: 480,
    name: b("การขอใบอนุญาตขายยาสูบ", "Tobacco retail licence"),
    laws: [b("พระราชบัญญัติยาสูบ พ.ศ. 2509", "Tobacco Act B.E. 2509 (1966)"), b("พระราชบัญญัติควบคุมผลิตภัณฑ์ยาสูบ พ.ศ. 2560", "Tobacco Products Control Act B.E. 2560 (2017)")],
    total: { value: 1, unit: "working_days" },
    criteria: b("ผู้ขายยาสูบต้องมีใบอนุญาตและแสดงไว้ในที่เปิดเผย", "Tobacco sellers must hold a licence and display it."),
    steps: [
      step("submission", "ยื่นคำขอและตรวจเอกสาร", "File the request and check the documents", 2, "hours", "สำนักงานสรรพสามิตพื้นที่", "Area excise office"),
      step("issue", "ออกใบอนุญาต", "Issue the licence", 4, "hours", "สำนักงานสรรพสามิตพื้นที่", "Area excise office"),
    ],
    documents: [ID_CARD, FORM_DOC("แบบคำขออนุญาตขายยาสูบ", "Tobacco licence application form")],
    fees: [{ kind: "range", description: b("ค่าธรรมเนียมใบอนุญาตต่อปี", "Annual licence fee"), min: 100, max: 3500 }],
    publishedAt: "2026-01-10",
  }),
  // Issue 10: the step after the house permit in the "build a house" guide.
  manual({
    slug: "house-number-request",
    kind: "registration",
    category: "construction",
    agency: "PTW-DIST",
    centers: ["BKK01"],
    popularity: 300,
    name: b("การขอเลขที่บ้านสำหรับบ้านที่ปลูกใหม่", "House number for a newly erected house"),
    laws: [b("พระราชบัญญัติการทะเบียนราษฎร พ.ศ. 2534", "Civil Registration Act B.E. 2534 (1991)")],
    total: { value: 7, unit: "working_days" },
    criteria: b(
      "เจ้าบ้านแจ้งขอเลขที่บ้านต่อนายทะเบียนภายใน 15 วันนับแต่ปลูกบ้านเสร็จ\n\nเจ้าหน้าที่ออกตรวจสถานที่ก่อนกำหนดเลขที่บ้านและจัดทำทะเบียนบ้าน",
      "The householder asks the registrar for a house number within 15 days of finishing the house.\n\nAn officer visits the house before the number is given and the house register is opened.",
    ),
    steps: [
      step("submission", "ยื่นแบบ ท.ร.9 และตรวจเอกสาร", "File form Tor.Ror.9 and check the documents", 1, "working_days", "ฝ่ายทะเบียน", "Registration Section"),
      step("inspection", "ตรวจสถานที่", "Visit the house", 4, "working_days", "เจ้าหน้าที่ทะเบียน", "Registration officer"),
      step("issue", "กำหนดเลขที่บ้านและออกทะเบียนบ้าน", "Give the number and issue the house register", 2, "working_days", "นายทะเบียนท้องถิ่น", "Local registrar"),
    ],
    documents: [
      ID_CARD,
      HOUSE_REGISTRATION,
      FORM_DOC("แบบขอเลขที่บ้าน (ท.ร.9)", "House-number request form (Tor.Ror.9)"),
      { group: "other", name: b("สำเนาใบอนุญาตปลูกสร้างบ้าน (แบบ อ.1)", "Copy of the permit to erect the house (form Or.1)"), issuer: b("สำนักงานเขต", "District office"), originals: 0, copies: 1, unit: "copy" },
      { group: "other", name: b("ภาพถ่ายบ้านด้านหน้า", "Photograph of the front of the house"), issuer: b("-", "-"), originals: 1, copies: 0, unit: "set" },
    ],
    fees: [],
    form: { code: "ท.ร.9", name: b("แบบขอเลขที่บ้าน", "House-number request form") },
    publishedAt: "2026-02-02",
  }),
  manual({
    slug: "video-shop-licence",
    kind: "licence",
    category: "entertainment",
    agency: "DCP",
    centers: ["BKK01"],
    popularity: 120,
    name: b("การขอใบอนุญาตประกอบกิจการร้านวีดิทัศน์ (คาราโอเกะ)", "Video and karaoke shop licence"),
    laws: [b("พระราชบัญญัติภาพยนตร์และวีดิทัศน์ พ.ศ. 2551", "Film and Video Act B.E. 2551 (2008)")],
    total: { value: 46, unit: "calendar_days" },
    criteria: b("ร้านให้เช่า จำหน่าย หรือให้บริการคาราโอเกะต้องได้รับใบอนุญาตก่อนเปิดกิจการ", "Shops that rent, sell or offer karaoke must be licensed before opening."),
    steps: [
      step("submission", "ยื่นคำขอและตรวจเอกสาร", "File the request and check the documents", 1, "calendar_days", "สำนักงานวัฒนธรรม", "Culture office"),
      step("inspection", "ตรวจสถานที่", "Inspect the premises", 30, "calendar_days", "คณะกรรมการตรวจสถานที่", "Inspection committee"),
      step("decision", "พิจารณาอนุญาต", "Decide", 15, "calendar_days", "นายทะเบียน", "Registrar"),
    ],
    documents: [ID_CARD, HOUSE_REGISTRATION, FORM_DOC("แบบคำขออนุญาตประกอบกิจการร้านวีดิทัศน์", "Video shop application form")],
    fees: [{ kind: "range", description: b("ค่าธรรมเนียมใบอนุญาต", "Licence fee"), min: 1000, max: 3000 }],
    publishedAt: "2026-01-25",
  }),
  manual({
    slug: "fertiliser-sale-licence",
    kind: "licence",
    category: "agriculture",
    agency: "DOA",
    centers: ["NBI01"],
    popularity: 90,
    name: b("การขอใบอนุญาตขายปุ๋ย", "Fertiliser sale licence"),
    laws: [b("พระราชบัญญัติปุ๋ย พ.ศ. 2518", "Fertiliser Act B.E. 2518 (1975)")],
    total: { value: 1, unit: "working_days" },
    criteria: b("ผู้ขายปุ๋ยเคมีหรือปุ๋ยอินทรีย์ต้องได้รับใบอนุญาต", "Sellers of chemical or organic fertiliser need a licence."),
    steps: [
      step("submission", "ยื่นคำขอและตรวจเอกสาร", "File the request and check the documents", 2, "hours", "สำนักวิจัยและพัฒนาการเกษตรเขต", "Regional agricultural office"),
      step("issue", "ออกใบอนุญาต", "Issue the licence", 5, "hours", "สำนักวิจัยและพัฒนาการเกษตรเขต", "Regional agricultural office"),
    ],
    documents: [ID_CARD, FORM_DOC("แบบคำขออนุญาตขายปุ๋ย (ป.4)", "Fertiliser licence application (Por.4)")],
    fees: [{ kind: "fixed", description: b("ค่าธรรมเนียมใบอนุญาต", "Licence fee"), amount: 200 }],
    publishedAt: "2026-02-10",
  }),
  manual({
    slug: "modern-medicine-retail-licence",
    kind: "licence",
    category: "medicine",
    agency: "FDA",
    centers: ["BKK01"],
    popularity: 260,
    name: b("การขอใบอนุญาตขายยาแผนปัจจุบัน", "Modern-medicine retail licence"),
    laws: [b("พระราชบัญญัติยา พ.ศ. 2510", "Drug Act B.E. 2510 (1967)")],
    total: { value: 10, unit: "working_days" },
    criteria: b("ร้านขายยาต้องมีเภสัชกรผู้มีหน้าที่ปฏิบัติการประจำตลอดเวลาเปิดทำการ", "A pharmacy must have a licensed pharmacist on duty during all opening hours."),
    steps: [
      step("submission", "ยื่นคำขอและตรวจเอกสาร", "File the request and check the documents", 1, "working_days", "กองควบคุมยา", "Drug Control Division"),
      step("inspection", "ตรวจสถานที่", "Inspect the premises", 7, "working_days", "พนักงานเจ้าหน้าที่", "Inspector"),
      step("decision", "พิจารณาอนุญาต", "Decide", 2, "working_days", "ผู้อนุญาต", "Licensing authority"),
    ],
    documents: [ID_CARD, HOUSE_REGISTRATION, { group: "other", name: b("สำเนาใบอนุญาตประกอบวิชาชีพเภสัชกรรม", "Copy of the pharmacist's licence"), issuer: b("สภาเภสัชกรรม", "Pharmacy Council"), originals: 0, copies: 1, unit: "copy" }],
    fees: [{ kind: "fixed", description: b("ค่าธรรมเนียมใบอนุญาต", "Licence fee"), amount: 2000 }],
    publishedAt: "2026-02-15",
  }),
  manual({
    slug: "direct-sales-registration",
    kind: "registration",
    category: "commerce",
    agency: "OCPB",
    centers: ["BKK01"],
    popularity: 60,
    name: b("การจดทะเบียนประกอบธุรกิจขายตรง", "Direct-sales business registration"),
    laws: [b("พระราชบัญญัติขายตรงและตลาดแบบตรง พ.ศ. 2545", "Direct Sales and Direct Marketing Act B.E. 2545 (2002)")],
    total: { value: 68, unit: "working_days" },
    criteria: b("ผู้ประกอบธุรกิจขายตรงต้องเป็นนิติบุคคลและวางหลักประกันตามที่กฎหมายกำหนด", "A direct-sales business must be a juristic person and lodge the security the law requires."),
    steps: [
      step("submission", "ยื่นคำขอและตรวจเอกสาร", "File the request and check the documents", 3, "working_days", "กองคุ้มครองผู้บริโภคด้านธุรกิจขายตรง", "Direct Sales Protection Division"),
      step("review", "ตรวจสอบแผนการจ่ายผลตอบแทน", "Review the compensation plan", 50, "working_days", "คณะกรรมการ", "Committee"),
      step("decision", "พิจารณารับจดทะเบียน", "Decide", 15, "working_days", "นายทะเบียน", "Registrar"),
    ],
    documents: [
      { group: "identity", name: b("บัตรประจำตัวประชาชนของกรรมการผู้มีอำนาจ", "ID card of the authorised director"), issuer: b("กรมการปกครอง", "Department of Provincial Administration"), originals: 0, copies: 1, unit: "copy" },
      { group: "other", name: b("หนังสือรับรองการจดทะเบียนนิติบุคคล", "Certificate of juristic-person registration"), issuer: b("กรมพัฒนาธุรกิจการค้า", "Department of Business Development"), originals: 1, copies: 0, unit: "copy" },
      FORM_DOC("แผนการจ่ายผลตอบแทน", "Compensation plan"),
    ],
    fees: [],
    publishedAt: "2026-02-20",
  }),
  manual({
    slug: "entertainment-venue-licence",
    kind: "licence",
    category: "entertainment",
    agency: "MPB",
    centers: ["BKK01"],
    popularity: 150,
    name: b("การขอใบอนุญาตตั้งสถานบริการ (กรุงเทพมหานคร)", "Entertainment venue licence (Bangkok)"),
    laws: [b("พระราชบัญญัติสถานบริการ พ.ศ. 2509", "Entertainment Venue Act B.E. 2509 (1966)")],
    total: { value: 90, unit: "calendar_days" },
    criteria: b("สถานบริการต้องตั้งอยู่ในเขตที่กฎหมายกำหนด และผู้ขอต้องไม่มีลักษณะต้องห้าม", "A venue must be in a zone the law allows, and the applicant must not be disqualified."),
    steps: [
      step("submission", "ยื่นคำขอและตรวจเอกสาร", "File the request and check the documents", 1, "calendar_days", "กองบังคับการตำรวจนครบาล", "Metropolitan police division"),
      step("inspection", "ตรวจสถานที่และประวัติผู้ขอ", "Inspect the venue and check the applicant", 60, "calendar_days", "คณะกรรมการ", "Committee"),
      step("decision", "พิจารณาอนุญาต", "Decide", 29, "calendar_days", "ผู้บัญชาการตำรวจนครบาล", "Metropolitan Police Commissioner"),
    ],
    documents: [ID_CARD, HOUSE_REGISTRATION, FORM_DOC("แบบคำขออนุญาตตั้งสถานบริการ (ส.บ.1)", "Venue licence application (Sor.Bor.1)"), { group: "other", name: b("แบบแปลนอาคารสถานบริการ", "Building plans of the venue"), issuer: b("-", "-"), originals: 2, copies: 0, unit: "set" }],
    fees: [{ kind: "range", description: b("ค่าธรรมเนียมใบอนุญาต", "Licence fee"), min: 10000, max: 50000 }],
    publishedAt: "2026-01-05",
  }),
];
