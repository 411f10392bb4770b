import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

// The GET search box of the staff pages (works without JavaScript).
export function StaffSearch({ label, defaultValue, maxLength = 100 }: { label: string; defaultValue: string; maxLength?: number }) {
  const { t } = useTranslation("staff");
  return (
    <Form method="get" role="search" className="search-form">
      <label htmlFor="q">{label}</label>
      <div className="search-form__row">
        <input id="q" name="q" type="search" defaultValue={defaultValue} maxLength={maxLength} />
        <button type="submit">{t("search")}</button>
      </div>
    </Form>
  );
}
