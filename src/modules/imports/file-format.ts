import fs from "node:fs/promises";
import path from "node:path";
import { AppError } from "../../platform/errors.js";

/**
 * A file that was accepted for reading but cannot be read (corrupt, truncated, malformed): the import
 * is recorded as rejected with this Spanish message, and nothing else changes. An AppError, so where
 * it escapes the pipeline (a catalog workbook, the CLI) it is still said in Spanish, never as a crash.
 */
export class UnreadableFile extends AppError {
  constructor(message: string) {
    super("IMPORT_REJECTED", message, { field: "file" });
    this.name = "UnreadableFile";
  }
}

export type FileFormat = "xlsx" | "csv";

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]); // .xls, and password-protected .xlsx
const SNIFF_BYTES = 64 * 1024;

async function head(filePath: string, bytes: number): Promise<Buffer> {
  const handle = await fs.open(filePath, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The format by extension AND content: an .xlsx must be a zip, a .csv must be text. Anything else is
 * refused (415) before a byte of it is parsed.
 */
export async function detectFormat(fileName: string, filePath: string): Promise<FileFormat> {
  const extension = path.extname(fileName).toLowerCase();
  const start = await head(filePath, SNIFF_BYTES);
  if (start.length === 0) throw new UnreadableFile("El archivo está vacío");
  const isZip = start.subarray(0, 4).equals(ZIP_MAGIC);
  const isOle = start.subarray(0, 4).equals(OLE_MAGIC);
  if (extension === ".xlsx") {
    if (isZip) return "xlsx";
    if (isOle) {
      throw new AppError(
        "UNSUPPORTED_FILE",
        `«${fileName}» es un libro de Excel 97-2003 (.xls) o está protegido con contraseña; guárdelo como .xlsx sin contraseña`,
        { field: "file" },
      );
    }
    throw new AppError("UNSUPPORTED_FILE", `«${fileName}» no es un libro de Excel (.xlsx) válido`, { field: "file" });
  }
  if (extension === ".csv" || extension === ".txt") {
    if (isUtf16Le(start)) return "csv";
    if (start[0] === 0xfe && start[1] === 0xff) {
      throw new AppError(
        "UNSUPPORTED_FILE",
        `«${fileName}» está en UTF-16 big-endian; guárdelo desde Excel como «CSV UTF-8 (delimitado por comas)»`,
        { field: "file" },
      );
    }
    if (!isZip && !isOle && looksLikeUtf16WithoutMark(start)) {
      throw new AppError(
        "UNSUPPORTED_FILE",
        `«${fileName}» parece texto UTF-16 sin marca de orden de bytes; guárdelo desde Excel como «CSV UTF-8 (delimitado por comas)»`,
        { field: "file" },
      );
    }
    if (isZip || isOle || start.includes(0)) {
      throw new AppError("UNSUPPORTED_FILE", `«${fileName}» no es un archivo de texto CSV (parece un archivo binario)`, {
        field: "file",
      });
    }
    return "csv";
  }
  throw new AppError(
    "UNSUPPORTED_FILE",
    `«${fileName}»: solo se aceptan libros de Excel (.xlsx) o archivos CSV (.csv)${extension === ".xls" ? "; guarde el .xls como .xlsx" : ""}`,
    { field: "file" },
  );
}

/** Excel's «Texto Unicode» and some exports: UTF-16 little-endian, with its byte-order mark FF FE. */
function isUtf16Le(start: Buffer): boolean {
  return start.length >= 2 && start[0] === 0xff && start[1] === 0xfe;
}

/** ASCII text in UTF-16 without a mark: a zero byte in every other position. */
function looksLikeUtf16WithoutMark(start: Buffer): boolean {
  const sample = start.subarray(0, Math.min(start.length, 512));
  if (sample.length < 8) return false;
  let zeros = 0;
  for (let at = 1; at < sample.length; at += 2) if (sample[at] === 0) zeros++;
  return zeros >= (sample.length / 2) * 0.8;
}

export interface CsvDialect {
  encoding: "utf8" | "latin1" | "utf16le";
  delimiter: string;
}

/**
 * Excel in Spanish saves CSV with ";" and often in Windows-1252: the delimiter is the most frequent of
 * ; , and tab in the header line, and the encoding is UTF-8 unless the first 64 KB are not valid UTF-8
 * (then Windows-1252 / Latin-1), or UTF-16 little-endian when the file starts with its byte-order mark.
 */
export async function sniffCsv(filePath: string): Promise<CsvDialect> {
  const start = await head(filePath, SNIFF_BYTES);
  if (isUtf16Le(start)) return { encoding: "utf16le", delimiter: delimiterOf(start.subarray(2).toString("utf16le")) };
  let encoding: CsvDialect["encoding"] = "utf8";
  // Cut at the last newline so a multi-byte character split by the 64 KB boundary is not mistaken for bad UTF-8.
  const lastNewline = start.lastIndexOf(0x0a);
  const sample = lastNewline > 0 ? start.subarray(0, lastNewline) : start;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample);
  } catch {
    encoding = "latin1";
  }
  return { encoding, delimiter: delimiterOf(start.toString(encoding)) };
}

function delimiterOf(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, "");
  const counts = [";", ",", "\t"].map((delimiter) => ({ delimiter, count: outsideQuotes.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ",";
}
