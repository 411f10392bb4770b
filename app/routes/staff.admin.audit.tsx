// The audit log (issue 7): every administrative change, newest first, filtered by a GET form
// (works without JavaScript, and a filtered view is a link one can share). Entries come from
// every admin area; fields this page does not know are shown by their stored name.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { auditQueryString, parseAuditQuery } from "~/domain/admin/audit-query";
import { toBangkokDate } from "~/domain/calendar/bangkok-date";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/services/auth.server";
import { readAuditLog } from "~/services/audit-log.server";
import { bangkokTime, formatDate } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Anuyat" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "audit.view");
  const t = await getT(request, "admin");
  const query = parseAuditQuery(new URL(request.url).searchParams);
  const log = await readAuditLog(query);
  return { query, ...log, title: t("audit.title") };
}

export default function AuditLog() {
  const { query, entries, next, actors, entities, actions } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("admin");
  const { t: ts } = useTranslation("staff");
  const lng = i18n.language === "en" ? "en" : "th";
  // Known words are translated; an entity, action or field another area invents shows as stored.
  const word = (group: string, value: string) => t(`audit.${group}.${value}`, { defaultValue: value });
  const role = (r: string) => ts(`roles.${r}`, { defaultValue: r });
  // Stored values as people read them: a role by its name, true/false as yes/no.
  const value = (field: string, v: string) => (!v ? "—" : field === "role" ? role(v) : v === "true" ? t("common.yes") : v === "false" ? t("common.no") : v);
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <p className="lead">{t("audit.lead")}</p>
      <Form method="get" className="admin-filters">
        <fieldset>
          <legend>{t("audit.filters.legend")}</legend>
          <div className="admin-filters__row">
            <FilterSelect name="entity" label={t("audit.filters.entity")} value={query.entity} options={entities.map((e) => ({ value: e, label: word("entities", e) }))} />
            <FilterSelect name="action" label={t("audit.filters.action")} value={query.action} options={actions.map((a) => ({ value: a, label: word("actions", a) }))} />
            <FilterSelect name="actor" label={t("audit.filters.actor")} value={query.actor} options={actors.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))} />
            <div className="form-field">
              <label htmlFor="from">{t("audit.filters.from")}</label>
              <input id="from" name="from" type="date" defaultValue={query.from} />
            </div>
            <div className="form-field">
              <label htmlFor="to">{t("audit.filters.to")}</label>
              <input id="to" name="to" type="date" defaultValue={query.to} />
            </div>
            <div className="form-field">
              <label htmlFor="q">{t("audit.filters.q")}</label>
              <p className="hint" id="q-hint">
                {t("audit.filters.qHint")}
              </p>
              <input id="q" name="q" type="text" defaultValue={query.q} aria-describedby="q-hint" />
            </div>
          </div>
          <div className="inline-form">
            <button type="submit">{t("audit.filters.show")}</button>
            <Link to="/staff/admin/audit">{t("audit.filters.clear")}</Link>
          </div>
        </fieldset>
      </Form>
      <p>
        <a href={`/staff/admin/audit.csv${auditQueryString(query)}`} download>
          {t("audit.csv")}
        </a>
      </p>
      {entries.length === 0 ? (
        <p role="status">{t("audit.empty")}</p>
      ) : (
        <ol className="audit-list" aria-label={t("audit.title")}>
          {entries.map((e) => (
            <li key={e.id} className="audit-entry">
              <p className="audit-entry__head">
                <strong>
                  {word("entities", e.entity)} {e.label ? <span translate="no">{e.label}</span> : null}: {word("actions", e.action)}
                </strong>
                <br />
                <time dateTime={e.at}>
                  {formatDate(toBangkokDate(new Date(e.at)), lng)} {bangkokTime(e.at)}
                </time>
                {" · "}
                {e.actor ? `${e.actor.name} (${role(e.actorRole)})` : t("audit.system")}
              </p>
              {e.changes.length === 0 ? (
                <p className="muted">{t("audit.noDetails")}</p>
              ) : (
                <table className="audit-changes">
                  <caption className="visually-hidden">{t("audit.columns.changes")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("audit.field")}</th>
                      <th scope="col">{t("audit.before")}</th>
                      <th scope="col">{t("audit.after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {e.changes.map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{word("fields", c.field)}</th>
                        <td>{value(c.field, c.before)}</td>
                        <td>{value(c.field, c.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          ))}
        </ol>
      )}
      {query.cursor || next ? (
        <nav aria-label={t("audit.pages")}>
          <p className="inline-form">
            {query.cursor ? <Link to={`/staff/admin/audit${auditQueryString(query)}`}>{t("audit.newest")}</Link> : null}
            {next ? (
              <Link to={`/staff/admin/audit${auditQueryString(query, next)}`} rel="next">
                {t("audit.older")}
              </Link>
            ) : null}
          </p>
        </nav>
      ) : null}
    </>
  );
}

function FilterSelect(props: { name: string; label: string; value: string; options: { value: string; label: string }[] }) {
  const { t } = useTranslation("admin");
  return (
    <div className="form-field">
      <label htmlFor={props.name}>{props.label}</label>
      <select id={props.name} name={props.name} defaultValue={props.value}>
        <option value="">{t("audit.filters.all")}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
