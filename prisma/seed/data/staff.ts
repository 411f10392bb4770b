// DEMO-ONLY staff accounts, one per role (documented in README). Never load these into a real
// deployment: the password is public.
export const DEMO_PASSWORD = "anuyat-demo-2569";

export type StaffSeed = {
  email: string;
  name: string;
  role: "counter" | "officer" | "supervisor" | "editor" | "admin";
  serviceCenter?: string;
  agency?: string;
};

export const demoStaff: StaffSeed[] = [
  { email: "counter@bkk01.demo", name: "Somchai Counter (demo)", role: "counter", serviceCenter: "BKK01" },
  { email: "counter@nbi01.demo", name: "Suda Counter (demo)", role: "counter", serviceCenter: "NBI01" },
  { email: "officer@ptw.demo", name: "Prasert Officer (demo)", role: "officer", agency: "PTW-DIST" },
  // Checks online applications for commercial registration (E1).
  { email: "officer@dbd.demo", name: "Duangjai Officer (demo)", role: "officer", agency: "DBD" },
  // Decides liquor and tobacco licences, e.g. those filed in a bundle (issue 10).
  { email: "officer@excise.demo", name: "Kittipong Officer (demo)", role: "officer", agency: "EXCISE" },
  { email: "supervisor@bkk01.demo", name: "Wilai Supervisor (demo)", role: "supervisor", serviceCenter: "BKK01" },
  // Maintains the district office's manuals (issue 7), nothing else.
  { email: "editor@ptw.demo", name: "Kanya Editor (demo)", role: "editor", agency: "PTW-DIST" },
  { email: "admin@anuyat.demo", name: "Anan Admin (demo)", role: "admin" },
];
