// Thai identification numbers. The 13-digit national ID and the 13-digit juristic-person
// registration number share one check digit: the first 12 digits weighted 13..2, summed,
// check = (11 − sum mod 11) mod 10.
export function thirteenDigitCheck(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

function validThirteen(input: string): boolean {
  const s = input.replace(/[\s-]/g, "");
  return /^\d{13}$/.test(s) && !/^0{13}$/.test(s) && thirteenDigitCheck(s) === Number(s[12]);
}

// National IDs never start with 0 (the first digit is the person's category, 1–8).
export function isValidThaiNationalId(input: string): boolean {
  return validThirteen(input) && input.replace(/[\s-]/g, "")[0] !== "0";
}

// Juristic-person registration numbers start with 0 (e.g. 0105…).
export function isValidJuristicId(input: string): boolean {
  return validThirteen(input);
}

export function isPlausiblePassportNumber(input: string): boolean {
  return /^[A-Z0-9]{6,9}$/.test(input.trim().toUpperCase());
}

// Thai numbers: 0 + 8 digits (landline) or 0 + 9 digits (mobile); +66 replaces the 0.
export function normalizeThaiPhone(input: string): string | null {
  let digits = input.replace(/[\s\-().]/g, "");
  if (digits.startsWith("+66")) digits = `0${digits.slice(3)}`;
  return /^0\d{8,9}$/.test(digits) ? digits : null;
}
