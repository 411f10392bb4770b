// What a file really is, judged from its first bytes only. The name and the browser's
// Content-Type are chosen by the sender and prove nothing: a text file renamed ".pdf" is text.
export const UPLOAD_MEDIA_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number];

export const EXTENSION_OF: Record<UploadMediaType, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
};

const SIGNATURES: [UploadMediaType, number[]][] = [
  // "%PDF-" at offset 0. Readers tolerate junk before it, but we need not: scanners and
  // office software always write it first, and a strict rule leaves nothing to smuggle in front.
  ["application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

export function sniffMediaType(bytes: Uint8Array): UploadMediaType | null {
  for (const [type, signature] of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return type;
  }
  return null;
}

export function isUploadMediaType(value: string): value is UploadMediaType {
  return (UPLOAD_MEDIA_TYPES as readonly string[]).includes(value);
}
