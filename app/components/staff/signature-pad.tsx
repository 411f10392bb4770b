import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

// A signature drawn with a finger, pen or mouse, stored as a PNG data URL in a hidden input.
// Without JavaScript the canvas stays inert and the form offers "signed on paper" instead.
export function SignaturePad({ name, label, onChange }: { name: string; label: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation("staff");
  const canvas = useRef<HTMLCanvasElement>(null);
  const [value, setValue] = useState("");
  const [ready, setReady] = useState(false);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  useEffect(() => setReady(true), []);

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const ctx = c.getContext("2d")!;
    ctx.lineWidth = 2.5;
    ctx.lineCap = "round";
    ctx.strokeStyle = "#000";
    let drawing = false;
    const point = (e: PointerEvent) => {
      const r = c.getBoundingClientRect();
      return [((e.clientX - r.left) * c.width) / r.width, ((e.clientY - r.top) * c.height) / r.height] as const;
    };
    const down = (e: PointerEvent) => {
      drawing = true;
      c.setPointerCapture(e.pointerId);
      const [x, y] = point(e);
      ctx.beginPath();
      ctx.moveTo(x, y);
    };
    const move = (e: PointerEvent) => {
      if (!drawing) return;
      const [x, y] = point(e);
      ctx.lineTo(x, y);
      ctx.stroke();
    };
    const up = () => {
      if (!drawing) return;
      drawing = false;
      const url = c.toDataURL("image/png");
      setValue(url);
      onChangeRef.current?.(url);
    };
    c.addEventListener("pointerdown", down);
    c.addEventListener("pointermove", move);
    c.addEventListener("pointerup", up);
    c.addEventListener("pointerleave", up);
    return () => {
      c.removeEventListener("pointerdown", down);
      c.removeEventListener("pointermove", move);
      c.removeEventListener("pointerup", up);
      c.removeEventListener("pointerleave", up);
    };
  }, []);

  function clear() {
    const c = canvas.current!;
    c.getContext("2d")!.clearRect(0, 0, c.width, c.height);
    setValue("");
    onChange?.("");
  }

  return (
    <div className="signature">
      <p className="signature__label" id={`${name}-label`}>
        {label}
      </p>
      <canvas ref={canvas} width={480} height={140} className="signature__pad" role="img" aria-labelledby={`${name}-label`} data-testid={`${name}-pad`} />
      <input type="hidden" name={name} value={value} />
      {ready ? (
        <p className="signature__actions">
          <span className="muted">{value ? t("signature.captured") : t("signature.hint")}</span>{" "}
          <button type="button" className="button--link" onClick={clear}>
            {t("signature.clear")}
          </button>
        </p>
      ) : null}
    </div>
  );
}
