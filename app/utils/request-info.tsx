// What the server knows about the request being rendered and the page needs: the CSP nonce
// for every inline script, and the request id the 500 page quotes. Provided by entry.server;
// in the browser the nonce is not needed after hydration (scripts are already there) and the
// request id is read back from the <meta> the server rendered, so hydration matches.
import { createContext, useContext } from "react";

export type RequestInfo = { nonce?: string; requestId?: string };
export const RequestInfoContext = createContext<RequestInfo>({});

export function useNonce(): string | undefined {
  return useContext(RequestInfoContext).nonce;
}

export const REQUEST_ID_META = "anuyat-request-id";

// After hydration the <meta> names the document's request, not a later data request that
// failed, so it is only read back while the server-rendered page is being hydrated.
let hydrated = false;
export function markHydrated() {
  hydrated = true;
}

export function useRequestId(): string | undefined {
  const fromServer = useContext(RequestInfoContext).requestId;
  if (fromServer) return fromServer;
  if (typeof document === "undefined" || hydrated) return undefined;
  return document.querySelector<HTMLMetaElement>(`meta[name="${REQUEST_ID_META}"]`)?.content || undefined;
}
