import "~/schemas/zod-messages";
import { z } from "zod";

// Only same-site paths may be a redirect target after sign-in (no open redirects).
export function safeRedirect(to: unknown, fallback = "/staff"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.includes("\\")) return fallback;
  return to;
}

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "validation:required").max(200).email("validation:email"),
  password: z.string().min(1, "validation:required").max(200),
  redirectTo: z.string().optional(),
});
export type SignIn = z.infer<typeof SignInSchema>;
