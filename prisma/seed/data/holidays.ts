import type { HolidaySeed } from "../types";

const h = (date: string, th: string, en: string, kind: HolidaySeed["kind"] = "annual"): HolidaySeed => ({ date, name: { th, en }, kind });

// Government holidays (T3). 2026 as announced; 2027 fixed dates only — the lunar holidays are
// added when the Cabinet announces them, and the holiday page warns until then.
export const holidays: HolidaySeed[] = [
  h("2026-01-01", "วันขึ้นปีใหม่", "New Year's Day"),
  h("2026-01-02", "วันหยุดพิเศษ", "Special holiday", "special"),
  h("2026-03-03", "วันมาฆบูชา", "Makha Bucha Day"),
  h("2026-04-06", "วันจักรี", "Chakri Memorial Day"),
  h("2026-04-13", "วันสงกรานต์", "Songkran"),
  h("2026-04-14", "วันสงกรานต์", "Songkran"),
  h("2026-04-15", "วันสงกรานต์", "Songkran"),
  h("2026-05-04", "วันฉัตรมงคล", "Coronation Day"),
  h("2026-05-11", "วันพืชมงคล", "Royal Ploughing Ceremony Day"),
  h("2026-06-01", "วันหยุดชดเชยวันวิสาขบูชา", "Substitution for Visakha Bucha Day", "substitution"),
  h("2026-06-03", "วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี", "Queen Suthida's Birthday"),
  h("2026-07-28", "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", "King's Birthday"),
  h("2026-07-29", "วันอาสาฬหบูชา", "Asanha Bucha Day"),
  h("2026-07-30", "วันเข้าพรรษา", "Buddhist Lent Day"),
  h("2026-08-12", "วันแม่แห่งชาติ", "Queen Mother's Birthday / Mother's Day"),
  h("2026-10-13", "วันนวมินทรมหาราช", "King Bhumibol Memorial Day"),
  h("2026-10-23", "วันปิยมหาราช", "Chulalongkorn Day"),
  h("2026-12-07", "วันหยุดชดเชยวันพ่อแห่งชาติ", "Substitution for National Father's Day", "substitution"),
  h("2026-12-10", "วันรัฐธรรมนูญ", "Constitution Day"),
  h("2026-12-31", "วันสิ้นปี", "New Year's Eve"),
  h("2027-01-01", "วันขึ้นปีใหม่", "New Year's Day"),
  h("2027-04-06", "วันจักรี", "Chakri Memorial Day"),
  h("2027-04-13", "วันสงกรานต์", "Songkran"),
  h("2027-04-14", "วันสงกรานต์", "Songkran"),
  h("2027-04-15", "วันสงกรานต์", "Songkran"),
  h("2027-05-04", "วันฉัตรมงคล", "Coronation Day"),
  h("2027-06-03", "วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี", "Queen Suthida's Birthday"),
  h("2027-07-28", "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", "King's Birthday"),
  h("2027-08-12", "วันแม่แห่งชาติ", "Queen Mother's Birthday / Mother's Day"),
  h("2027-10-13", "วันนวมินทรมหาราช", "King Bhumibol Memorial Day"),
  h("2027-10-25", "วันหยุดชดเชยวันปิยมหาราช", "Substitution for Chulalongkorn Day", "substitution"),
  h("2027-12-06", "วันหยุดชดเชยวันพ่อแห่งชาติ", "Substitution for National Father's Day", "substitution"),
  h("2027-12-10", "วันรัฐธรรมนูญ", "Constitution Day"),
  h("2027-12-31", "วันสิ้นปี", "New Year's Eve"),
];
