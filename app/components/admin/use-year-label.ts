import { useTranslation } from "react-i18next";

// "พ.ศ. 2569 (ค.ศ. 2026)" in Thai, "2026 (B.E. 2569)" in English.
export function useYearLabel() {
  const { t } = useTranslation("holidays");
  return (year: number) => t("yearLabel", { ce: year, be: year + 543 });
}
