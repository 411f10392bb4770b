import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect } from "react";
import { useChangeLanguage } from "remix-i18next/react";
import { useTranslation } from "react-i18next";
import { getLanguage, languageCookieHeader } from "~/i18n/i18n.server";
import { SiteFooter } from "~/components/layout/site-footer";
import { SiteHeader } from "~/components/layout/site-header";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { markHydrated, REQUEST_ID_META, useNonce, useRequestId } from "~/utils/request-info";
import styles from "~/styles/app.css?url";
import { z } from "zod";

// In the browser zod must not probe `new Function` (its fast path): the CSP forbids eval, and
// the caught probe would still be reported as a violation. The server keeps the fast path.
if (typeof document !== "undefined") z.config({ jitless: true });

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLanguage(request);
  return data({ locale }, { headers: await languageCookieHeader(request, locale) });
}

export type RootLoaderData = { locale: "th" | "en" };

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<RootLoaderData>("root");
  const { i18n, t } = useTranslation();
  const locale = root?.locale ?? (i18n.language === "en" ? "en" : "th");
  const matches = useMatches();
  // Print views (R7.2) render the manual alone: no navigation, no footer.
  const bare = matches.some((m) => (m.handle as { bare?: boolean } | undefined)?.bare);
  // The CSP allows only scripts carrying this request's nonce (app/server/security-headers.mjs).
  const nonce = useNonce();
  const requestId = useRequestId();
  useEffect(markHydrated, []);
  return (
    <html lang={locale} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {requestId ? <meta name={REQUEST_ID_META} content={requestId} /> : null}
        <Meta />
        <Links />
      </head>
      <body className={bare ? "bare" : undefined}>
        {bare ? (
          children
        ) : (
          <>
            <a className="skip-link" href="#main">
              {t("layout.skipToContent")}
            </a>
            <SiteHeader locale={locale} />
            <main id="main" tabIndex={-1}>
              {children}
            </main>
            <SiteFooter />
          </>
        )}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const root = useRouteLoaderData<RootLoaderData>("root");
  useChangeLanguage(root?.locale ?? "th");
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
