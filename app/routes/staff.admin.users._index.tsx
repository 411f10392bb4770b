// Staff accounts (issue 7): filter by role, place and status; each links to its page.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { STAFF_ROLES } from "~/domain/auth/permissions";
import { getT } from "~/i18n/i18n.server";
import { UserFilterSchema } from "~/schemas/staff-accounts";
import { requirePermission } from "~/services/auth.server";
import { userList } from "~/services/staff-accounts.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "user.manage");
  const t = await getT(request, "admin");
  const filter = UserFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { filter, ...(await userList(filter)), title: t("users.title") };
}

export default function Users() {
  const { filter, users, centers, agencies } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("admin");
  const { t: ts } = useTranslation("staff");
  const name = (x: { nameTh: string; nameEn: string }) => (i18n.language === "en" ? x.nameEn : x.nameTh);
  return (
    <>
      <h1>{t("users.title")}</h1>
      <p className="lead">{t("users.lead")}</p>
      <p>
        <Link to="/staff/admin/users/new" className="admin-action">
          {t("users.new")}
        </Link>
      </p>
      <Form method="get" className="admin-filters">
        <fieldset>
          <legend>{t("users.filters.legend")}</legend>
          <div className="admin-filters__row">
            <div className="form-field">
              <label htmlFor="role">{t("users.filters.role")}</label>
              <select id="role" name="role" defaultValue={filter.role}>
                <option value="">{t("users.filters.all")}</option>
                {STAFF_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ts(`roles.${r}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor="place">{t("users.filters.place")}</label>
              <select id="place" name="place" defaultValue={filter.place}>
                <option value="">{t("users.filters.all")}</option>
                <optgroup label={t("users.centerGroup")}>
                  {centers.map((c) => (
                    <option key={c.id} value={`center:${c.id}`}>
                      {c.code} · {name(c)}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t("users.agencyGroup")}>
                  {agencies.map((a) => (
                    <option key={a.id} value={`agency:${a.id}`}>
                      {a.code} · {name(a)}
                    </option>
                  ))}
                </optgroup>
              </select>
            </div>
            <div className="form-field">
              <label htmlFor="active">{t("users.filters.status")}</label>
              <select id="active" name="active" defaultValue={filter.active}>
                <option value="">{t("users.filters.all")}</option>
                <option value="active">{t("users.filters.active")}</option>
                <option value="inactive">{t("users.filters.inactive")}</option>
              </select>
            </div>
            <div className="form-field">
              <label htmlFor="q">{t("users.filters.q")}</label>
              <input id="q" name="q" type="text" defaultValue={filter.q} />
            </div>
          </div>
          <button type="submit">{t("users.filters.show")}</button>
        </fieldset>
      </Form>
      <p role="status">{t("users.count", { count: users.length })}</p>
      {users.length === 0 ? (
        <p>{t("users.empty")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
          <table>
            <caption id="users-caption" className="visually-hidden">
              {t("users.title")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("users.columns.email")}</th>
                <th scope="col">{t("users.columns.name")}</th>
                <th scope="col">{t("users.columns.role")}</th>
                <th scope="col">{t("users.columns.place")}</th>
                <th scope="col">{t("users.columns.status")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    <Link to={`/staff/admin/users/${u.id}`}>{u.email}</Link>
                  </th>
                  <td>{u.name}</td>
                  <td>{ts(`roles.${u.role}`)}</td>
                  <td>{u.serviceCenter ? `${u.serviceCenter.code} · ${name(u.serviceCenter)}` : u.agency ? `${u.agency.code} · ${name(u.agency)}` : "—"}</td>
                  <td>
                    {u.active ? t("users.status.active") : <strong>{t("users.status.inactive")}</strong>}
                    {u.active && u.mustChangePassword ? <span className="muted"> ({t("users.status.mustChange")})</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
