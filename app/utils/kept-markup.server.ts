// The server's side of KeptMarkup (app/components/kept-markup.tsx): renderToString of an element
// once per key, in a small least-recently-used map. The key must name everything the markup
// depends on (the figures, the language, the ids); callers build it from exactly the props.
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";

const MAX_ENTRIES = 200;
const kept = new Map<string, string>();

export function renderKept(key: string, element: () => ReactElement): string {
  const hit = kept.get(key);
  if (hit !== undefined) {
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const markup = renderToString(element());
  kept.set(key, markup);
  if (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value!);
  return markup;
}
