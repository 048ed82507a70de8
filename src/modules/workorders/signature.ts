/**
 * The customer's signature of step 8.1, as the signature pad sends it: a PNG data URL. Pure: decodes the
 * image and says whether it is a real PNG and whether anything was drawn on it.
 */
import { crc32, inflateSync } from "node:zlib";

export type SignatureCheck = "drawn" | "blank" | "not_png";

const PREFIX = "data:image/png;base64,";
const PNG_MAGIC = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const MAX_SIDE = 4096;
/** A signature pad is a few hundred pixels each way; the cap bounds the memory of decoding one. */
const MAX_PIXELS = 2_000_000;
/** Bit depths each PNG color type allows (PNG spec, IHDR), and its samples per pixel. */
const COLOR_TYPES: Record<number, { depths: number[]; samples: number }> = {
  0: { depths: [1, 2, 4, 8, 16], samples: 1 },
  2: { depths: [8, 16], samples: 3 },
  3: { depths: [1, 2, 4, 8], samples: 1 },
  4: { depths: [8, 16], samples: 2 },
  6: { depths: [8, 16], samples: 4 },
};

interface Header {
  width: number;
  height: number;
  bitsPerPixel: number;
  interlaced: boolean;
}

/** The chunks of a PNG file, each with a valid CRC; null when the bytes are not one. */
function readChunks(png: Buffer): Array<{ type: string; data: Buffer }> | null {
  if (png.length < PNG_MAGIC.length || !png.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) return null;
  const chunks: Array<{ type: string; data: Buffer }> = [];
  let offset = PNG_MAGIC.length;
  while (offset + 12 <= png.length) {
    const length = png.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > png.length) return null;
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndData) !== png.readUInt32BE(offset + 8 + length)) return null;
    const type = typeAndData.subarray(0, 4).toString("latin1");
    chunks.push({ type, data: typeAndData.subarray(4) });
    offset = end;
    if (type === "IEND") return offset === png.length ? chunks : null;
  }
  return null;
}

function readHeader(ihdr: Buffer): Header | null {
  if (ihdr.length !== 13) return null;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [depth, colorType, compression, filter, interlace] = [...ihdr.subarray(8, 13)] as [
    number,
    number,
    number,
    number,
    number,
  ];
  const color = COLOR_TYPES[colorType];
  if (!color?.depths.includes(depth) || compression !== 0 || filter !== 0 || interlace > 1) return null;
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) return null;
  return { width, height, bitsPerPixel: depth * color.samples, interlaced: interlace === 1 };
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** The scanlines of a non-interlaced image with their filters undone; null when a filter type is unknown. */
function unfilter(raw: Buffer, header: Header): Buffer[] | null {
  const stride = Math.ceil((header.width * header.bitsPerPixel) / 8);
  const step = Math.max(1, header.bitsPerPixel / 8);
  const rows: Buffer[] = [];
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < header.height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start]!;
    const row = Buffer.from(raw.subarray(start + 1, start + 1 + stride));
    for (let x = 0; x < stride; x++) {
      const left = x >= step ? row[x - step]! : 0;
      const up = previous[x]!;
      const upLeft = x >= step ? previous[x - step]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) return null;
      row[x] = (row[x]! + predictor) & 0xff;
    }
    rows.push(row);
    previous = row;
  }
  return rows;
}

/** Whether every pixel of the image has the same value (an untouched canvas). */
function isUniform(rows: Buffer[], header: Header): boolean {
  const first = rows[0]!;
  // Whole pixels of a byte or more compare by pixel; smaller pixels compare by full byte (the last may be padding).
  const unit = Math.max(1, header.bitsPerPixel / 8);
  const full = header.bitsPerPixel >= 8 ? first.length : Math.floor((header.width * header.bitsPerPixel) / 8);
  for (let x = unit; x < full; x++) if (first[x] !== first[x % unit]) return false;
  return rows.every((row) => row.equals(first));
}

/**
 * Whether a signature is a PNG image with something drawn on it: the data URL's bytes are a PNG file (its
 * magic number, chunks with valid CRCs from IHDR to IEND, a sane size, image data that inflates to the
 * size the header announces) and not every pixel is the same (a blank canvas is no signature). An
 * interlaced PNG, which the pad never sends, is checked for its structure only.
 */
export function checkSignature(dataUrl: string): SignatureCheck {
  if (!dataUrl.startsWith(PREFIX) || !/^[A-Za-z0-9+/]+={0,2}$/.test(dataUrl.slice(PREFIX.length))) return "not_png";
  const chunks = readChunks(Buffer.from(dataUrl.slice(PREFIX.length), "base64"));
  const ihdr = chunks?.[0];
  if (ihdr?.type !== "IHDR") return "not_png";
  const header = readHeader(ihdr.data);
  if (!header) return "not_png";
  const stride = Math.ceil((header.width * header.bitsPerPixel) / 8);
  const expected = header.height * (stride + 1);
  let raw: Buffer;
  try {
    const compressed = Buffer.concat(chunks!.filter((chunk) => chunk.type === "IDAT").map((chunk) => chunk.data));
    // Interlaced passes add a filter byte per row of each pass: at most one more row per pass and column group.
    raw = inflateSync(compressed, { maxOutputLength: header.interlaced ? expected * 2 : expected });
  } catch {
    return "not_png";
  }
  if (header.interlaced) return raw.length > 0 ? "drawn" : "not_png";
  if (raw.length !== expected) return "not_png";
  const rows = unfilter(raw, header);
  if (!rows) return "not_png";
  return isUniform(rows, header) ? "blank" : "drawn";
}
