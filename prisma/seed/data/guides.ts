// Demo life-event guides (issue 10): which permits a citizen needs for a life event, decided
// by a short questionnaire. Demonstration data, written for this project.
import type { GuideDefinition, Question } from "../../../app/domain/guides/types";
import { b } from "./common";

export type GuideSeed = { slug: string; title: { th: string; en: string }; summary: { th: string; en: string }; position: number; definition: GuideDefinition };

const none = b("", "");
const yesNo = (key: string, th: string, en: string, hint = none): Question => ({ key, type: "yes_no", label: b(th, en), hint, options: [], unit: none });

export const guides: GuideSeed[] = [
  {
    slug: "open-a-restaurant",
    title: b("เปิดร้านอาหาร", "Open a restaurant"),
    summary: b(
      "ร้านอาหารต้องมีอะไรบ้าง: จดทะเบียนพาณิชย์ ใบอนุญาตหรือหนังสือรับรองการแจ้งสถานที่จำหน่ายอาหาร ใบอนุญาตขายสุรา และใบอนุญาตก่อสร้างเมื่อสร้างอาคารใหม่",
      "What a restaurant needs: commercial registration, the food-premises licence or notification, a liquor licence, and a building permit when you build.",
    ),
    position: 1,
    definition: {
      questions: [
        {
          key: "area",
          type: "number",
          label: b("พื้นที่ร้าน (รวมครัวและที่นั่ง)", "Floor area of the restaurant (kitchen and seating)"),
          hint: b("ไม่เกิน 200 ตารางเมตรแจ้งต่อท้องถิ่น เกิน 200 ตารางเมตรต้องขอใบอนุญาต", "Up to 200 m² is notified; over 200 m² needs a licence"),
          options: [],
          unit: b("ตารางเมตร", "m²"),
        },
        {
          key: "premises",
          type: "choice",
          label: b("สถานที่ของร้าน", "The premises"),
          hint: none,
          options: [
            { value: "own", label: b("อาคารของตนเองที่มีอยู่แล้ว", "A building I already own") },
            { value: "rent", label: b("เช่าอาคาร", "A rented building") },
            { value: "build", label: b("สร้างอาคารใหม่", "A new building I will build") },
          ],
          unit: none,
        },
        yesNo("juristic", "ผู้ประกอบการเป็นนิติบุคคล (บริษัทหรือห้างหุ้นส่วน) หรือไม่", "Is the business a juristic person (a company or partnership)?", b("บุคคลธรรมดาต้องจดทะเบียนพาณิชย์", "A natural person must make a commercial registration")),
        yesNo("liquor", "จะขายสุราหรือเครื่องดื่มแอลกอฮอล์หรือไม่", "Will you sell liquor or other alcoholic drinks?"),
      ],
      permits: [
        { slug: "building-construction-permit", conditions: [{ question: "premises", op: "eq", value: "build" }], requires: [] },
        { slug: "commercial-registration", conditions: [{ question: "juristic", op: "eq", value: "no" }], requires: [] },
        { slug: "food-premises-notification", conditions: [{ question: "area", op: "lte", value: "200" }], requires: ["building-construction-permit"] },
        { slug: "food-premises-licence", conditions: [{ question: "area", op: "gt", value: "200" }], requires: ["building-construction-permit"] },
        { slug: "liquor-retail-licence", conditions: [{ question: "liquor", op: "eq", value: "yes" }], requires: ["commercial-registration", "food-premises-notification", "food-premises-licence"] },
      ],
    },
  },
  {
    slug: "build-a-house",
    title: b("สร้างบ้าน", "Build a house"),
    summary: b(
      "จากใบอนุญาตก่อสร้างถึงเลขที่บ้าน และการจดทะเบียนพาณิชย์เมื่อจะใช้บ้านเป็นที่ตั้งร้าน",
      "From the building permit to the house number, and commercial registration when the house will also be your shop.",
    ),
    position: 2,
    definition: {
      questions: [
        yesNo("home_business", "จะใช้บ้านเป็นที่ตั้งกิจการค้าหรือไม่", "Will the house also be the address of your business?"),
      ],
      permits: [
        { slug: "building-construction-permit", conditions: [], requires: [] },
        { slug: "house-number-request", conditions: [], requires: ["building-construction-permit"] },
        { slug: "commercial-registration", conditions: [{ question: "home_business", op: "eq", value: "yes" }], requires: ["house-number-request"] },
      ],
    },
  },
  {
    slug: "open-a-liquor-shop",
    title: b("เปิดร้านขายสุรา", "Open a shop selling liquor"),
    summary: b("ร้านค้าปลีกที่ขายสุรา และยาสูบถ้าขายด้วย", "A retail shop selling liquor, and tobacco if you sell it too."),
    position: 3,
    definition: {
      questions: [
        yesNo("juristic", "ผู้ประกอบการเป็นนิติบุคคล (บริษัทหรือห้างหุ้นส่วน) หรือไม่", "Is the business a juristic person (a company or partnership)?"),
        yesNo("tobacco", "จะขายบุหรี่หรือยาสูบด้วยหรือไม่", "Will you sell cigarettes or tobacco too?"),
      ],
      permits: [
        { slug: "commercial-registration", conditions: [{ question: "juristic", op: "eq", value: "no" }], requires: [] },
        { slug: "liquor-retail-licence", conditions: [], requires: ["commercial-registration"] },
        { slug: "tobacco-retail-licence", conditions: [{ question: "tobacco", op: "eq", value: "yes" }], requires: ["commercial-registration"] },
      ],
    },
  },
];
