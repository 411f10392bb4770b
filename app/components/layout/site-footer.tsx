import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="demo-banner" role="note">
          <strong>{t("layout.demoLabel")}</strong> {t("layout.demoNote")}
        </p>
        <p>{t("layout.footerAbout")}</p>
        <p>
          <Link to="/open-data">{t("nav.openData")}</Link> · <Link to="/holidays">{t("nav.holidays")}</Link>
        </p>
      </div>
    </footer>
  );
}
