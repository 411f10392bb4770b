// "Print" needs JavaScript; without it the button is not shown and the browser's own print
// command prints the same page (print CSS).
import { useEffect, useState } from "react";

export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <p>
      <button type="button" className="button--secondary" onClick={() => window.print()}>
        {label}
      </button>
    </p>
  );
}
