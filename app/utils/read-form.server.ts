// Reads a posted form. request.formData() throws a TypeError for a body that is not a form
// (JSON, plain text, no Content-Type) or a broken multipart body; left alone that is a 500.
// A client that sends such a body gets a 4xx instead (issue 9, found by the fuzz suite).
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

export async function readForm(request: Request): Promise<FormData> {
  if (!FORM_TYPES.test(request.headers.get("Content-Type") ?? "")) throw new Response("Unsupported Media Type", { status: 415 });
  try {
    return await request.formData();
  } catch {
    throw new Response("Bad Request", { status: 400 });
  }
}
