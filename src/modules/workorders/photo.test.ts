import { describe, expect, it } from "vitest";
import { checkPhoto, detectPhotoType, PHOTO_MAX_BYTES, photoRefusal } from "./photo.js";

const bytes = (...parts: Array<number[] | string>) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part)));
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR");
const WEBP = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ");
const HEIC = bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0]);

describe("detectPhotoType", () => {
  it("tells JPEG, PNG and WebP by their bytes", () => {
    expect(detectPhotoType(JPEG)).toBe("image/jpeg");
    expect(detectPhotoType(PNG)).toBe("image/png");
    expect(detectPhotoType(WEBP)).toBe("image/webp");
  });

  it("knows an iPhone's HEIC and its variants", () => {
    expect(detectPhotoType(HEIC)).toBe("heic");
    expect(detectPhotoType(bytes([0, 0, 0, 0x18], "ftypmif1"))).toBe("heic");
  });

  it("does not take a look-alike: a RIFF that is not WebP, a truncated signature, text, a PDF", () => {
    expect(detectPhotoType(bytes("RIFF", [0, 0, 0, 0], "WAVE"))).toBeUndefined();
    expect(detectPhotoType(bytes([0xff, 0xd8]))).toBeUndefined();
    expect(detectPhotoType(bytes([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
    expect(detectPhotoType(bytes("hola"))).toBeUndefined();
    expect(detectPhotoType(bytes("%PDF-1.7"))).toBeUndefined();
    expect(detectPhotoType(bytes([0, 0, 0, 0x18], "ftypmp42"))).toBeUndefined();
  });
});

describe("checkPhoto", () => {
  it("keeps an image within the cap, with the type of its bytes", () => {
    expect(checkPhoto(JPEG)).toEqual({ ok: true, mediaType: "image/jpeg" });
    expect(checkPhoto(WEBP)).toEqual({ ok: true, mediaType: "image/webp" });
  });

  it("refuses an empty file, a file over the cap (at the cap it passes), HEIC and non-images", () => {
    expect(checkPhoto(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
    const atCap = new Uint8Array(16);
    atCap.set(JPEG.subarray(0, 3));
    expect(checkPhoto(atCap, 16)).toEqual({ ok: true, mediaType: "image/jpeg" });
    expect(checkPhoto(new Uint8Array(17).fill(0xff), 16)).toEqual({ ok: false, reason: "too_large" });
    expect(checkPhoto(HEIC)).toEqual({ ok: false, reason: "heic" });
    expect(checkPhoto(bytes("no soy una foto"))).toEqual({ ok: false, reason: "not_image" });
  });

  it("says each refusal in Spanish, the cap in MB", () => {
    expect(photoRefusal("too_large")).toBe(`La foto supera el máximo de ${PHOTO_MAX_BYTES / 1048576} MB`);
    expect(photoRefusal("heic")).toMatch(/HEIC/);
    expect(photoRefusal("not_image")).toMatch(/JPEG, PNG o WebP/);
    expect(photoRefusal("empty")).toMatch(/vacía/);
  });
});
