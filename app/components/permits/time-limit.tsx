import { useTranslation } from "react-i18next";
import type { TimeLimit } from "~/domain/manual/vocabulary";

// R7.6: a time limit is always shown as a value with its unit.
export function TimeLimitText({ limit }: { limit: TimeLimit }) {
  const { t } = useTranslation("manual");
  return <>{t(`units.${limit.unit}`, { count: limit.value })}</>;
}
