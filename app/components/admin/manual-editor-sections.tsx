// The rows of each list of the manual editor, in OPDC template order (R7.5): laws (field 5),
// channels (11), steps (13), documents (15), fees (16), complaint channels (17), forms (18).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ChannelRow, ComplaintRow, DocumentRow, FeeRow, FormRow, LawRow, StepRow } from "~/domain/manual/editor-state";
import { CHANNEL_KINDS, DOCUMENT_GROUPS, DOCUMENT_UNITS, FEE_KINDS, STEP_KINDS, TIME_UNITS } from "~/domain/manual/vocabulary";
import { Bilingual, NumberInput, SelectInput, TextInput } from "./manual-editor-fields";

function useOptions() {
  const { t } = useTranslation("editor");
  return {
    units: TIME_UNITS.map((u) => ({ value: u, label: t(`units.${u}`) })),
    label: (list: string, field: string) => t(`lists.${list}.fields.${field}`),
  };
}

export function LawFields({ row, prefix }: { row: LawRow; prefix: string }) {
  const { label } = useOptions();
  return <Bilingual prefix={prefix} base="title" label={label("laws", "title")} values={row} />;
}

export function ChannelFields({ row, prefix, centers }: { row: ChannelRow; prefix: string; centers: { id: string; label: string }[] }) {
  const { t } = useTranslation("editor");
  const { label } = useOptions();
  return (
    <>
      <div className="editor-pair">
        <SelectInput name={`${prefix}kind`} label={label("channels", "kind")} value={row.kind} options={CHANNEL_KINDS.map((k) => ({ value: k, label: t(`manual:channelKinds.${k}`) }))} />
        <SelectInput
          name={`${prefix}serviceCenterId`}
          label={label("channels", "serviceCenterId")}
          hint={t("lists.channels.centerHint")}
          value={row.serviceCenterId}
          empty={t("none")}
          options={centers.map((c) => ({ value: c.id, label: c.label }))}
        />
      </div>
      <Bilingual prefix={prefix} base="place" label={label("channels", "place")} values={row} />
      <Bilingual prefix={prefix} base="hours" label={label("channels", "hours")} values={row} />
      <div className="editor-pair">
        <TextInput name={`${prefix}phone`} type="tel" label={label("channels", "phone")} value={row.phone} />
        <TextInput name={`${prefix}url`} type="url" label={label("channels", "url")} value={row.url} />
      </div>
      <Bilingual prefix={prefix} base="remark" label={label("channels", "remark")} values={row} />
    </>
  );
}

export function StepFields({ row, prefix }: { row: StepRow; prefix: string }) {
  const { t } = useTranslation("editor");
  const { units, label } = useOptions();
  return (
    <>
      <SelectInput name={`${prefix}kind`} label={label("steps", "kind")} value={row.kind} options={STEP_KINDS.map((k) => ({ value: k, label: t(`stepKinds.${k}`) }))} />
      <Bilingual prefix={prefix} base="title" label={label("steps", "title")} values={row} />
      <Bilingual prefix={prefix} base="description" label={label("steps", "description")} values={row} multiline />
      <div className="editor-pair">
        <NumberInput name={`${prefix}durationValue`} label={label("steps", "durationValue")} value={row.durationValue} />
        <SelectInput name={`${prefix}durationUnit`} label={label("steps", "durationUnit")} hint={t("unitHint")} value={row.durationUnit} options={units} />
      </div>
      <Bilingual prefix={prefix} base="responsible" label={label("steps", "responsible")} values={row} />
      <Bilingual prefix={prefix} base="remark" label={label("steps", "remark")} values={row} />
    </>
  );
}

export function DocumentFields({ row, prefix }: { row: DocumentRow; prefix: string }) {
  const { t } = useTranslation("editor");
  const { label } = useOptions();
  return (
    <>
      <SelectInput name={`${prefix}group`} label={label("documents", "group")} value={row.group} options={DOCUMENT_GROUPS.map((g) => ({ value: g, label: t(`documentGroups.${g}`) }))} />
      <Bilingual prefix={prefix} base="name" label={label("documents", "name")} values={row} />
      <Bilingual prefix={prefix} base="issuer" label={label("documents", "issuer")} values={row} />
      <div className="editor-triple">
        <NumberInput name={`${prefix}originals`} label={label("documents", "originals")} value={row.originals} />
        <NumberInput name={`${prefix}copies`} label={label("documents", "copies")} value={row.copies} />
        <SelectInput name={`${prefix}unit`} label={label("documents", "unit")} value={row.unit} options={DOCUMENT_UNITS.map((u) => ({ value: u, label: t(`manual:documentUnits.${u}`) }))} />
      </div>
      <Bilingual prefix={prefix} base="condition" label={label("documents", "condition")} hint={t("lists.documents.conditionHint")} values={row} />
    </>
  );
}

export function FeeFields({ row, prefix }: { row: FeeRow; prefix: string }) {
  const { t } = useTranslation("editor");
  const { label } = useOptions();
  return (
    <>
      <SelectInput name={`${prefix}kind`} label={label("fees", "kind")} hint={t("lists.fees.kindHint")} value={row.kind} options={FEE_KINDS.map((k) => ({ value: k, label: t(`feeKinds.${k}`) }))} />
      <Bilingual prefix={prefix} base="description" label={label("fees", "description")} values={row} />
      <div className="editor-quad">
        <NumberInput name={`${prefix}amount`} label={label("fees", "amount")} value={row.amount} decimals />
        <NumberInput name={`${prefix}amountMin`} label={label("fees", "amountMin")} value={row.amountMin} decimals />
        <NumberInput name={`${prefix}amountMax`} label={label("fees", "amountMax")} value={row.amountMax} decimals />
        <NumberInput name={`${prefix}percent`} label={label("fees", "percent")} value={row.percent} decimals />
      </div>
      <Bilingual prefix={prefix} base="remark" label={label("fees", "remark")} values={row} />
    </>
  );
}

export function ComplaintFields({ row, prefix }: { row: ComplaintRow; prefix: string }) {
  const { label } = useOptions();
  return (
    <>
      <Bilingual prefix={prefix} base="name" label={label("complaintChannels", "name")} values={row} />
      <Bilingual prefix={prefix} base="detail" label={label("complaintChannels", "detail")} values={row} />
    </>
  );
}

// A form's PDF is attached on its own page (once the row is saved, it has an id to hang on).
export function FormFields({ row, prefix, index, slug, fileName }: { row: FormRow; prefix: string; index: number; slug: string; fileName: string | null }) {
  const { t } = useTranslation("editor");
  const { label } = useOptions();
  return (
    <>
      <input type="hidden" name={`${prefix}id`} defaultValue={row.id} />
      <TextInput name={`${prefix}code`} label={label("forms", "code")} value={row.code} />
      <Bilingual prefix={prefix} base="name" label={label("forms", "name")} values={row} />
      <TextInput name={`${prefix}url`} type="url" label={label("forms", "url")} value={row.url} />
      <p className="form-file">
        {fileName ? (
          <>
            {t("lists.forms.attached")}: <strong>{fileName}</strong>{" "}
          </>
        ) : null}
        {row.id ? (
          <Link to={`/staff/admin/manuals/${slug}/draft/forms/${row.id}/file`}>
            {fileName ? t("lists.forms.replacePdf") : t("lists.forms.attachPdf")}
            <span className="visually-hidden"> — {t("lists.forms.row", { n: index + 1 })}</span>
          </Link>
        ) : (
          <span className="muted">{t("lists.forms.saveFirst")}</span>
        )}
      </p>
    </>
  );
}
