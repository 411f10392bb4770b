// Configuration, validated once at start-up. A bad value stops the server with a message
// that names the variable, instead of failing later in a confusing place.
import { z } from "zod";

export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:)/, "must start with file:, libsql: or http(s):")
    .default("file:.data/anuyat.db"),
  // Public base URL, used in QR codes and absolute links in print views.
  PUBLIC_URL: z.url().default("http://localhost:3000"),
  // Outside production only: an ISO timestamp that stands in for "now" (demos, tests).
  APP_NOW: z.iso.datetime({ offset: true }).optional(),
  // The Act's 7-day duties (R10.2, R10.3) count calendar days by default (T6).
  SEVEN_DAY_UNIT: z.enum(["calendar_days", "working_days"]).default("calendar_days"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});
export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "not set", as in most shells' `VAR= command`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  return (cached ??= parseEnv(process.env));
}
