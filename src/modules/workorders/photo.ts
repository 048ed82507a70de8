/**
 * Photo evidence of a work order, as the technician's phone uploads it. Pure: says what the bytes are
 * (never trusting the name or the type the browser claims) and whether the file may be kept.
 */

export const PHOTO_MEDIA_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type PhotoMediaType = (typeof PHOTO_MEDIA_TYPES)[number];

/** A phone photo is 2–5 MB; the cap leaves room and keeps an order's evidence small. */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;
/** Enough to show the work done; more is an album, not evidence. */
export const PHOTOS_PER_ORDER = 10;

export type PhotoCheck =
  | { ok: true; mediaType: PhotoMediaType }
  | { ok: false; reason: "empty" | "too_large" | "not_image" | "heic" };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** The image type of the bytes, by their signature; undefined for anything else. */
export function detectPhotoType(bytes: Uint8Array): PhotoMediaType | "heic" | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  // An iPhone's own format: most browsers cannot show it, so it is refused with a way out.
  if (
    startsWith(bytes, ascii("ftyp"), 4) &&
    ["heic", "heix", "mif1", "msf1"].some((brand) => startsWith(bytes, ascii(brand), 8))
  ) {
    return "heic";
  }
  return undefined;
}

/** Whether a file may be kept as a photo of the order: an image the browsers show, within the size cap. */
export function checkPhoto(bytes: Uint8Array, maxBytes = PHOTO_MAX_BYTES): PhotoCheck {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > maxBytes) return { ok: false, reason: "too_large" };
  const type = detectPhotoType(bytes);
  if (type === "heic") return { ok: false, reason: "heic" };
  if (!type) return { ok: false, reason: "not_image" };
  return { ok: true, mediaType: type };
}

/** The Spanish reason a refused photo is given. */
export function photoRefusal(reason: Exclude<PhotoCheck, { ok: true }>["reason"], maxBytes = PHOTO_MAX_BYTES): string {
  switch (reason) {
    case "empty":
      return "La foto está vacía";
    case "too_large":
      return `La foto supera el máximo de ${Math.floor(maxBytes / 1048576)} MB`;
    case "heic":
      return "La foto está en formato HEIC; configure la cámara en «Más compatible» (JPEG) o envíela como JPEG";
    case "not_image":
      return "El archivo no es una foto JPEG, PNG o WebP";
  }
}
