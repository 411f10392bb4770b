// The manual editor form (issue 7, R7.5): every OPDC template field, Thai and English side by
// side, grouped in fieldsets in template order; the ordered lists work without JavaScript.
// With JavaScript the preview follows the typing, and publishing is checked in the browser
// with the same schema the server runs again.
import { Form } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { EditorState } from "~/domain/manual/editor-state";
import type { PreviewContext } from "~/domain/manual/preview";
import { IMPACT_LEVELS, SERVICE_AREAS, SERVICE_TYPES, TIME_UNITS } from "~/domain/manual/vocabulary";
import { ManualDraftSchema, ManualPublishSchema } from "~/schemas/manual-editor";
import { formDataToObject } from "~/utils/form-data";
import { Bilingual, CheckboxInput, EditorErrors, NumberInput, SelectInput, TextInput } from "./manual-editor-fields";
import { ListEditor } from "./manual-editor-list";
import { LivePreview } from "./manual-editor-preview";
import { ChannelFields, ComplaintFields, DocumentFields, FeeFields, FormFields, LawFields, StepFields } from "./manual-editor-sections";
import { EditorErrorSummary } from "./manual-editor-summary";

type Props = {
  state: EditorState;
  errors: Record<string, string>;
  slug: string;
  centers: { id: string; label: string }[];
  fileNames: Record<string, string | null>;
  preview: PreviewContext;
};

function readForm(form: HTMLFormElement, submitter?: HTMLElement | null) {
  return formDataToObject(new FormData(form, submitter ?? undefined));
}

export function ManualEditorForm({ state, errors: serverErrors, slug, centers, fileNames, preview }: Props) {
  const { t } = useTranslation("editor");
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [live, setLive] = useState<EditorState | null>(null);
  const errors = clientErrors ?? serverErrors;
  const choice = (ns: string, list: readonly string[]) => list.map((v) => ({ value: v, label: t(`${ns}.${v}`) }));
  const units = TIME_UNITS.map((u) => ({ value: u, label: t(`units.${u}`) }));

  function onInput(event: FormEvent<HTMLFormElement>) {
    const parsed = ManualDraftSchema.safeParse(readForm(event.currentTarget));
    if (parsed.success) setLive(parsed.data);
  }
  // Publishing is checked here first with the server's own schema; nothing is sent when a
  // rule fails. Saving and list operations go to the server as they are.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== "publish") return;
    const parsed = ManualPublishSchema.safeParse(readForm(event.currentTarget, submitter));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const issue of parsed.error.issues) found[issue.path.join(".")] ??= issue.message;
    setClientErrors(found);
    requestAnimationFrame(() => document.getElementById("error-summary")?.focus());
  }

  return (
    <EditorErrors.Provider value={errors}>
      <EditorErrorSummary errors={errors} />
      <Form method="post" noValidate className="manual-editor" onInput={onInput} onSubmit={onSubmit}>
        {/* Enter in a text field saves (the first submit button is the form's default). */}
        <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1}>
          {t("actions.save")}
        </button>

        <fieldset>
          <legend>{t("sections.facts")}</legend>
          <Bilingual base="name" label={t("fields.name")} values={state} />
          <div className="editor-triple">
            <SelectInput name="serviceType" label={t("fields.serviceType")} value={state.serviceType} options={choice("manual:serviceTypes", SERVICE_TYPES)} />
            <SelectInput name="impactLevel" label={t("fields.impactLevel")} value={state.impactLevel} options={choice("manual:impactLevels", IMPACT_LEVELS)} />
            <SelectInput name="serviceArea" label={t("fields.serviceArea")} value={state.serviceArea} options={choice("manual:serviceAreas", SERVICE_AREAS)} />
          </div>
          <TextInput name="referenceName" label={t("fields.referenceName")} hint={t("fields.referenceNameHint")} value={state.referenceName} />
        </fieldset>

        <ListEditor list="laws" rows={state.laws}>
          {(row, prefix) => <LawFields row={row} prefix={prefix} />}
        </ListEditor>

        <fieldset>
          <legend>{t("sections.timeLaw")}</legend>
          <Bilingual base="timeLaw" label={t("fields.timeLaw")} values={state} multiline />
          <div className="editor-pair">
            <NumberInput name="statutoryValue" label={t("fields.statutoryValue")} hint={t("fields.statutoryValueHint")} value={state.statutoryValue} />
            <SelectInput name="statutoryUnit" label={t("fields.statutoryUnit")} value={state.statutoryUnit} options={units} />
          </div>
        </fieldset>

        <fieldset>
          <legend>{t("sections.statistics")}</legend>
          <div className="editor-triple">
            <NumberInput name="statsAvg" label={t("fields.statsAvg")} value={state.statsAvg} />
            <NumberInput name="statsMax" label={t("fields.statsMax")} value={state.statsMax} />
            <NumberInput name="statsMin" label={t("fields.statsMin")} value={state.statsMin} />
          </div>
        </fieldset>

        <ListEditor list="channels" rows={state.channels}>
          {(row, prefix) => <ChannelFields row={row} prefix={prefix} centers={centers} />}
        </ListEditor>

        <fieldset>
          <legend>{t("sections.criteria")}</legend>
          <Bilingual base="criteria" label={t("fields.criteria")} hint={t("fields.criteriaHint")} values={state} multiline />
        </fieldset>

        <ListEditor
          list="steps"
          rows={state.steps}
          after={
            <div className="editor-total">
              <div className="editor-pair">
                <NumberInput name="totalValue" label={t("fields.totalValue")} hint={t("fields.totalValueHint")} value={state.totalValue} />
                <SelectInput name="totalUnit" label={t("fields.totalUnit")} hint={t("unitHint")} value={state.totalUnit} options={units} />
              </div>
              <CheckboxInput name="streamlined" label={t("fields.streamlined")} value={state.streamlined} />
            </div>
          }
        >
          {(row, prefix) => <StepFields row={row} prefix={prefix} />}
        </ListEditor>

        <ListEditor list="documents" rows={state.documents} after={<CheckboxInput name="noDocuments" label={t("fields.noDocuments")} hint={t("fields.noDocumentsHint")} value={state.noDocuments} />}>
          {(row, prefix) => <DocumentFields row={row} prefix={prefix} />}
        </ListEditor>

        <ListEditor list="fees" rows={state.fees} after={<CheckboxInput name="noFee" label={t("fields.noFee")} hint={t("fields.noFeeHint")} value={state.noFee} />}>
          {(row, prefix) => <FeeFields row={row} prefix={prefix} />}
        </ListEditor>

        <ListEditor list="complaintChannels" rows={state.complaintChannels}>
          {(row, prefix) => <ComplaintFields row={row} prefix={prefix} />}
        </ListEditor>

        <ListEditor list="forms" rows={state.forms}>
          {(row, prefix, i) => <FormFields row={row} prefix={prefix} index={i} slug={slug} fileName={row.id ? (fileNames[row.id] ?? null) : null} />}
        </ListEditor>

        <fieldset>
          <legend>{t("sections.remarks")}</legend>
          <Bilingual base="remarks" label={t("fields.remarks")} values={state} multiline />
        </fieldset>

        <fieldset>
          <legend>{t("sections.publication")}</legend>
          <Bilingual base="preparedBy" label={t("fields.preparedBy")} values={state} />
          <Bilingual base="approvedBy" label={t("fields.approvedBy")} values={state} />
          <Bilingual base="publishedBy" label={t("fields.publishedBy")} values={state} />
        </fieldset>

        <div className="editor-actions">
          <button type="submit" name="intent" value="save" className="button--secondary">
            {t("actions.save")}
          </button>
          <button type="submit" name="intent" value="preview" className="button--secondary">
            {t("actions.preview")}
          </button>
          <button type="submit" name="intent" value="publish">
            {t("actions.publish")}
          </button>
        </div>
        <p className="hint">{t("actions.hint")}</p>
      </Form>
      <LivePreview state={live ?? state} context={preview} />
    </EditorErrors.Provider>
  );
}
