// O4 (PDPA): lists show only enough of an ID or phone number to tell applicants apart.
export function maskApplicantId(type: string, id: string): string {
  const clean = id.replace(/[\s-]/g, "");
  if (clean.length <= 4) return "•".repeat(clean.length);
  if (type === "foreigner") return `${"•".repeat(clean.length - 3)}${clean.slice(-3)}`;
  // 13-digit Thai IDs: keep the first digit and the last three, as printed on many receipts.
  return `${clean[0]}-••••-•••••-${clean.slice(10, 12)}-${clean[12] ?? ""}`.replace(/-$/, "");
}

export function maskPhoneNumber(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.length < 4 ? "•••" : `•••-•••-${digits.slice(-4)}`;
}
