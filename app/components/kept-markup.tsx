// Server-rendered SVG that is the same for everyone who sees the same figures (the dashboard's
// charts): on the server its markup is rendered once per key and reused (entry.server provides
// the renderer); in the browser the element renders as usual and hydrates against that markup,
// which is what an in-tree render would have produced. Rendering the three recharts charts was
// about a third of the dashboard's server time at every request.
import { createContext, useContext, type CSSProperties, type ReactElement } from "react";

/** Markup of `element`, kept under `key`; only the server provides one. */
export type KeptMarkupRenderer = (key: string, element: () => ReactElement) => string;
export const KeptMarkupContext = createContext<KeptMarkupRenderer | null>(null);

export function KeptMarkup(props: { cacheKey: string; render: () => ReactElement; role?: string; "aria-label"?: string; style?: CSSProperties }) {
  const kept = useContext(KeptMarkupContext);
  const { cacheKey, render, ...attributes } = props;
  if (kept) return <div {...attributes} dangerouslySetInnerHTML={{ __html: kept(cacheKey, render) }} />;
  return <div {...attributes}>{render()}</div>;
}
