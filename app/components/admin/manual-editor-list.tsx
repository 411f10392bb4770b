// One ordered list of the manual editor (steps, documents, fees, …): each row a fieldset with
// "move up", "move down" and "remove", and "add" at the end. They are submit buttons
// (name="intent" value="steps.up:2"), so they work without JavaScript: the action applies the
// operation to the posted form and renders it again with everything typed.
import { useFormAction } from "@remix-run/react";
import { useContext, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { EditorList } from "~/domain/manual/editor-state";
import { listIntentName, focusAfter } from "~/domain/manual/list-ops";
import { EditorErrors } from "./manual-editor-fields";

export function ListEditor<T>(props: { list: EditorList; rows: readonly T[]; children: (row: T, prefix: string, index: number) => ReactNode; after?: ReactNode }) {
  const { t } = useTranslation("editor");
  const errors = useContext(EditorErrors);
  const error = errors[props.list];
  const action = useFormAction();
  const rowLabel = (i: number) => t(`lists.${props.list}.row`, { n: i + 1 });
  // The page comes back scrolled to the row that moved (the fragment), with or without JS.
  const to = (op: "add" | "remove" | "up" | "down", i?: number) => {
    const length = props.rows.length + (op === "add" ? 1 : op === "remove" ? -1 : 0);
    return `${action}#${focusAfter({ list: props.list, op, index: i ?? -1 }, length)}`;
  };
  return (
    <fieldset className="editor-list" id={props.list} tabIndex={-1} aria-describedby={error ? `${props.list}-error` : `${props.list}-hint`}>
      <legend>{t(`lists.${props.list}.legend`)}</legend>
      <p className="hint" id={`${props.list}-hint`}>
        {t(`lists.${props.list}.hint`)}
      </p>
      {error ? (
        <p className="field-error" id={`${props.list}-error`}>
          {t(error)}
        </p>
      ) : null}
      {props.rows.length === 0 ? <p className="muted">{t(`lists.${props.list}.empty`)}</p> : null}
      <ol className="editor-rows">
        {props.rows.map((row, i) => (
          <li key={i}>
            <fieldset className="editor-row" id={`${props.list}.${i}`} tabIndex={-1}>
              <legend>{rowLabel(i)}</legend>
              {props.children(row, `${props.list}.${i}.`, i)}
              <div className="row-controls">
                {i > 0 ? (
                  <button type="submit" name="intent" value={listIntentName(props.list, "up", i)} formAction={to("up", i)} className="button--secondary">
                    {t("controls.up", { row: rowLabel(i) })}
                  </button>
                ) : null}
                {i < props.rows.length - 1 ? (
                  <button type="submit" name="intent" value={listIntentName(props.list, "down", i)} formAction={to("down", i)} className="button--secondary">
                    {t("controls.down", { row: rowLabel(i) })}
                  </button>
                ) : null}
                <button type="submit" name="intent" value={listIntentName(props.list, "remove", i)} formAction={to("remove", i)} className="button--secondary button--danger">
                  {t("controls.remove", { row: rowLabel(i) })}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {props.after}
      <p>
        <button type="submit" name="intent" value={listIntentName(props.list, "add")} formAction={to("add")} className="button--secondary">
          {t(`lists.${props.list}.add`)}
        </button>
      </p>
    </fieldset>
  );
}
