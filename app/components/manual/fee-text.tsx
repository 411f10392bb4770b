import { useTranslation } from "react-i18next";
import type { Manual } from "~/schemas/open-data";
import type { Localized } from "~/utils/localize";
import { formatNumber } from "~/utils/format";

type Fee = Localized<Manual["fees"][number]>;

export function FeeAmount({ fee }: { fee: Fee }) {
  const { t, i18n } = useTranslation("manual");
  const lng = i18n.language === "en" ? "en" : "th";
  switch (fee.kind) {
    case "fixed":
      return <>{t("fees.fixed", { amount: formatNumber(fee.amount ?? 0, lng) })}</>;
    case "range":
      return <>{t("fees.range", { min: formatNumber(fee.amountMin ?? 0, lng), max: formatNumber(fee.amountMax ?? 0, lng) })}</>;
    case "percentage":
      return <>{t("fees.percentage", { percent: formatNumber(fee.percent ?? 0, lng) })}</>;
  }
}
