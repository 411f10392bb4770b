import type { ServiceCenterSeed } from "../types";

// Demo shared service centers (ศูนย์บริการร่วม). Addresses are illustrative.
export const serviceCenters: ServiceCenterSeed[] = [
  {
    code: "BKK01",
    name: { th: "ศูนย์บริการร่วมปทุมวัน (สาธิต)", en: "Pathum Wan Shared Service Center (demo)" },
    address: { th: "ชั้น 1 อาคารสำนักงานเขตปทุมวัน ถนนพระราม 1 กรุงเทพฯ 10330", en: "Ground floor, Pathum Wan District Office, Rama I Road, Bangkok 10330" },
    phone: "02 000 1100",
    opensAt: "08:30",
    closesAt: "16:30",
    lunchStart: "12:00",
    lunchEnd: "13:00",
  },
  {
    code: "NBI01",
    name: { th: "ศูนย์บริการร่วมจังหวัดนนทบุรี (สาธิต)", en: "Nonthaburi Provincial Shared Service Center (demo)" },
    address: { th: "ศาลากลางจังหวัดนนทบุรี ถนนรัตนาธิเบศร์ นนทบุรี 11000", en: "Nonthaburi Provincial Hall, Rattanathibet Road, Nonthaburi 11000" },
    phone: "02 000 2200",
    opensAt: "08:30",
    closesAt: "16:30",
    lunchStart: "12:00",
    lunchEnd: "13:00",
  },
];
