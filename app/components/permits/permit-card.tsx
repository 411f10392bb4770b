import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PermitSummary } from "~/schemas/open-data";
import type { Localized } from "~/utils/localize";
import { TimeLimitText } from "./time-limit";

export type PermitCardData = Localized<PermitSummary>;

export function PermitCard({ permit, headingLevel = 3 }: { permit: PermitCardData; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation("manual");
  const Heading = `h${headingLevel}` as const;
  return (
    <li className="permit-card">
      <Heading className="permit-card__title">
        <Link to={permit.url}>{permit.name}</Link>
      </Heading>
      <p className="permit-card__agency">{permit.agency.name}</p>
      <ul className="chips" aria-label={t("card.facts")}>
        <li className="chip">{t(`kinds.${permit.kind}`)}</li>
        <li className="chip">{t(`categories.${permit.category}`)}</li>
        <li className="chip chip--time">
          {t("card.time")} <TimeLimitText limit={permit.totalTime} />
        </li>
        {permit.online ? <li className="chip chip--online">{t("card.online")}</li> : null}
      </ul>
    </li>
  );
}
