// The e-mail channel of the outbox (issue #5). One nodemailer transport per process, made from
// SMTP_URL on first use; without SMTP_URL there is no channel and notices stay pending (they
// are still recorded and shown on the tracking page).
import nodemailer from "nodemailer";
import { env } from "~/utils/env.server";

type Transport = ReturnType<typeof nodemailer.createTransport>;

let transport: Transport | null | undefined;
// Tests point the mailer at their own SMTP server; undefined = use SMTP_URL.
let urlOverride: string | null | undefined;

export function mailer(): Transport | null {
  if (transport === undefined) {
    const url = urlOverride !== undefined ? urlOverride : (env().SMTP_URL ?? null);
    transport = url
      ? nodemailer.createTransport({
          url,
          // A dead or stalled server must fail well inside the outbox lease (5 minutes), not
          // after nodemailer's default of minutes per phase.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }
  return transport;
}

export function hasMailer(): boolean {
  return mailer() !== null;
}

/** For tests only: drop the transport; the next send makes a new one (from `smtpUrl` if given). */
export function resetMailer(smtpUrl?: string | null) {
  transport?.close();
  transport = undefined;
  urlOverride = smtpUrl;
}

export type Mail = { to: string; cc?: string; subject: string; text: string; language: string };

// Throws when there is no transport or the server refuses: the outbox decides what to do.
export async function sendMail({ to, cc, subject, text, language }: Mail): Promise<void> {
  const transport = mailer();
  if (!transport) throw new Error("no SMTP transport (SMTP_URL is not set)");
  await transport.sendMail({ from: env().MAIL_FROM, to, cc, subject, text, headers: { "Content-Language": language } });
}
