import { describe, expect, it } from "vitest";
import { demoSignature, pngDataUrl } from "../../seed/seed-retention.js";
import { checkSignature } from "./signature.js";

/** An 8-bit RGBA image whose every pixel is `rgba` (a canvas nobody touched), each scanline unfiltered. */
function uniform(width: number, height: number, rgba: [number, number, number, number]): string {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(rgba, y * (width * 4 + 1) + 1 + x * 4);
  }
  return pngDataUrl(width, height, raw);
}

/** An 8-bit RGBA PNG of these scanlines, the y-th encoded with PNG filter y (0 none … 4 Paeth). */
function filteredPng(width: number, pixels: Buffer[]): string {
  const scanlines = pixels.map((row, y) => {
    const previous = pixels[y - 1] ?? Buffer.alloc(row.length);
    const filtered = Buffer.alloc(row.length + 1);
    filtered[0] = y;
    for (let x = 0; x < row.length; x++) {
      const left = x >= 4 ? row[x - 4]! : 0;
      const up = previous[x]!;
      const upLeft = x >= 4 ? previous[x - 4]! : 0;
      const estimate = left + up - upLeft;
      const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
      const paeth = a <= b && a <= c ? left : b <= c ? up : upLeft;
      filtered[x + 1] = (row[x]! - [0, left, up, (left + up) >> 1, paeth][y]!) & 0xff;
    }
    return filtered;
  });
  return pngDataUrl(width, pixels.length, Buffer.concat(scanlines));
}

const bytesOf = (dataUrl: string) => Buffer.from(dataUrl.slice("data:image/png;base64,".length), "base64");
const urlOf = (bytes: Buffer) => `data:image/png;base64,${bytes.toString("base64")}`;

describe("checkSignature", () => {
  it("accepts a stroke drawn on a PNG", () => {
    for (const seed of [1, 2, 3, 7]) expect(checkSignature(demoSignature(seed))).toBe("drawn");
  });

  it("sees the drawing through every PNG filter (the canvas encoder picks one per scanline)", () => {
    const white = () => Buffer.alloc(8 * 4, 255);
    const inked = white().fill(0, 12, 15);
    expect(checkSignature(filteredPng(8, [white(), white(), inked, white(), white()]))).toBe("drawn");
    // The same filters over a white image: blank, so the filters were undone rather than read as ink.
    expect(checkSignature(filteredPng(8, [white(), white(), white(), white(), white()]))).toBe("blank");
  });

  it("calls an untouched canvas blank, transparent or white", () => {
    expect(checkSignature(uniform(300, 150, [0, 0, 0, 0]))).toBe("blank");
    expect(checkSignature(uniform(160, 48, [255, 255, 255, 255]))).toBe("blank");
    // A real 1×1 gray-and-alpha PNG is one pixel: nothing drawn.
    expect(
      checkSignature(
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
      ),
    ).toBe("blank");
  });

  it("refuses what is not a PNG: another type, junk base64, a broken chunk, trailing bytes, an absurd size", () => {
    const good = demoSignature(3);
    expect(checkSignature(good.replace("image/png", "image/jpeg"))).toBe("not_png");
    expect(checkSignature("data:image/png;base64,AAAA")).toBe("not_png");
    expect(checkSignature(`data:image/png;base64,${"QUJD".repeat(100)}`)).toBe("not_png");
    expect(checkSignature(`${good}#`)).toBe("not_png");

    const corrupted = bytesOf(good);
    corrupted[60] = corrupted[60]! ^ 0xff;
    expect(checkSignature(urlOf(corrupted))).toBe("not_png");
    // Two PNGs glued together: the first ends at its IEND.
    expect(checkSignature(urlOf(Buffer.concat([bytesOf(good), bytesOf(good)])))).toBe("not_png");
    // The header says more pixels than the image data holds.
    expect(checkSignature(pngDataUrl(160, 49, bytesOf(good).subarray(0, 0)))).toBe("not_png");
    expect(checkSignature(uniform(5000, 1, [0, 0, 0, 255]))).toBe("not_png");
  });
});
