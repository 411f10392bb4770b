import { Link, NavLink, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n/config";

export function SiteHeader({ locale }: { locale: Language }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand" aria-label={t("layout.homeLabel")}>
          <span className="brand__mark" aria-hidden="true">อ</span>
          <span className="brand__name">{t("layout.brand")}</span>
        </Link>
        <nav aria-label={t("layout.mainNav")} className="site-nav">
          <NavLink to="/permits" prefetch="intent">
            {t("nav.permits")}
          </NavLink>
          <NavLink to="/track">{t("nav.track")}</NavLink>
          <NavLink to="/holidays">{t("nav.holidays")}</NavLink>
          <NavLink to="/open-data">{t("nav.openData")}</NavLink>
        </nav>
        <LanguageSwitch locale={locale} />
      </div>
    </header>
  );
}

// A plain link that reloads the page in the other language: works without JavaScript and
// keeps the visitor on the same page with the same query.
export function LanguageSwitch({ locale }: { locale: Language }) {
  const { t } = useTranslation();
  const location = useLocation();
  const other: Language = locale === "th" ? "en" : "th";
  const params = new URLSearchParams(location.search);
  params.set("lng", other);
  return (
    <a
      className="lang-switch"
      href={`${location.pathname}?${params.toString()}`}
      hrefLang={other}
      lang={other}
      title={t("layout.switchLanguageLabel")}
    >
      {other === "en" ? "English" : "ภาษาไทย"}
    </a>
  );
}
