// One zod schema validates in the browser (react-hook-form) and again in the action. Without
// JavaScript the form posts natively and the server's errors come back in the action data;
// with JavaScript, invalid input never leaves the page.
import "~/schemas/zod-messages";
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { useSubmit } from "@remix-run/react";
import type { FormEvent } from "react";
import { useForm, type FieldValues, type DefaultValues } from "react-hook-form";
import type { z } from "zod";

export type FieldErrors = Record<string, string>;

export function useValidatedForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  options: { defaultValues?: DefaultValues<z.input<S>>; serverErrors?: FieldErrors },
) {
  const form = useForm<z.input<S>>({
    resolver: standardSchemaResolver(schema) as never,
    defaultValues: options.defaultValues,
    mode: "onTouched",
  });
  const submit = useSubmit();
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    const target = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    event.preventDefault();
    // A button marked formNoValidate (e.g. "Remove" beside a kept file) skips the check, as
    // the browser's own validation would.
    if (submitter?.formNoValidate || (await form.trigger())) submit(submitter ?? target, submitter ? { method: "post" } : undefined);
  }
  // Browser errors first; the server's (from a JS-off post or a server-only check) otherwise.
  function errorFor(name: string): string | undefined {
    const own = (form.formState.errors as Record<string, { message?: string }>)[name]?.message;
    return own ?? options.serverErrors?.[name];
  }
  return { form, onSubmit, errorFor };
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}
