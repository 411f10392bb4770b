// The live preview (issue 7): the draft as the public page will show it, drawn by the very
// component the public page uses (ManualBody), in the page's language.
import { useTranslation } from "react-i18next";
import { ManualBody } from "~/components/manual/manual-body";
import type { EditorState } from "~/domain/manual/editor-state";
import { draftToManual, type PreviewContext } from "~/domain/manual/preview";
import { localize } from "~/utils/localize";

export function ManualPreview({ state, context }: { state: EditorState; context: PreviewContext }) {
  const { i18n } = useTranslation();
  const manual = localize(draftToManual(state, context), i18n.language === "en" ? "en" : "th");
  return (
    <article className="manual manual-preview" aria-labelledby="preview-title">
      <h2 id="preview-title" className="preview-title">
        {manual.name}
      </h2>
      <ManualBody manual={manual} />
    </article>
  );
}

export function LivePreview({ state, context }: { state: EditorState; context: PreviewContext }) {
  const { t } = useTranslation("editor");
  return (
    <section className="editor-preview" aria-labelledby="live-preview-heading">
      <h2 id="live-preview-heading">{t("preview.heading")}</h2>
      <p className="hint">{t("preview.hint")}</p>
      <ManualPreview state={state} context={context} />
    </section>
  );
}
