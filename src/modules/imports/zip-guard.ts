import yauzl, { type Entry, type ZipFile } from "yauzl";
import { AppError } from "../../platform/errors.js";
import { UnreadableFile } from "./file-format.js";
import { zipReason } from "./library-errors.js";

export interface ZipLimits {
  /** Total bytes all entries may inflate to. */
  maxUncompressedBytes: number;
  maxEntries: number;
  /** Data rows (below the header) the first worksheet may have; counted on the way, not parsed. */
  maxRows?: number;
}

/** The refusal of a file with more data rows than the operator allows (IMPORT_MAX_ROWS). */
export function tooManyRows(rows: number, maxRows: number): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `El archivo tiene ${rows > maxRows + 1 ? `${rows.toLocaleString("es-CO")} filas` : "más filas de las permitidas"} y el máximo por archivo es ${maxRows.toLocaleString("es-CO")}; divídalo en varios archivos`,
    { field: "file" },
  );
}

/** Ordinary workbooks inflate 5–20×; a zip bomb inflates hundreds or thousands of times. */
export const MAX_COMPRESSION_RATIO = 200;
/** Entries smaller than this are not ratio-checked (tiny XML parts compress very well and are harmless). */
const RATIO_FLOOR_BYTES = 8 * 1024 * 1024;
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const ROW_TAG = Buffer.from("<row");

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function tooLarge(detail: string): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `El libro se rechazó sin leerlo: ${detail}`, { field: "file" });
}

/**
 * Checks an .xlsx (a zip) before any parser touches it: the entry count and the declared sizes from
 * the central directory; then, unless `inflate: false`, every entry actually inflated and counted, so a
 * header that lies about its size cannot get past (yauzl's validateEntrySizes also fails an entry that
 * inflates past its declared size). The import passes `inflate: false`: its reader reads the parts it
 * needs with the same validation as it goes (the streaming counter), so the file is inflated once; a
 * catalog workbook, read whole into memory by ExcelJS, is inflated and counted first. Refuses with 413; a damaged zip is an UnreadableFile. Returns the number of rows of
 * the first worksheet, counted on the way, for the progress bar.
 */
export async function guardSpreadsheet(
  filePath: string,
  limits: ZipLimits,
  options: { inflate?: boolean } = {},
): Promise<{ rowEstimate: number | null }> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(filePath, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (error) {
    throw new UnreadableFile(`El libro .xlsx está dañado o incompleto: ${zipReason(error)}`);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw tooLarge(`tiene ${zip.entryCount} partes internas y el máximo es ${limits.maxEntries}`);
    }
    const entries: Entry[] = [];
    let declared = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        declared += entry.uncompressedSize;
        if (declared > limits.maxUncompressedBytes) {
          throw tooLarge(`declara ${mb(declared)} descomprimido o más y el máximo es ${mb(limits.maxUncompressedBytes)}`);
        }
        checkRatio(entry.fileName, entry.uncompressedSize, entry.compressedSize);
        entries.push(entry);
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new UnreadableFile(`El libro .xlsx está dañado o incompleto: ${zipReason(error)}`);
    }

    // The import's reader (xlsx-reader.ts) inflates each part it reads once, and fails one that
    // inflates past its declared size: the central directory is all it needs checked first.
    if (options.inflate === false) return { rowEstimate: null };
    let inflated = 0;
    let rowEstimate: number | null = null;
    for (const entry of entries) {
      if (entry.fileName.endsWith("/")) continue;
      const countRows = rowEstimate === null && WORKSHEET.test(entry.fileName);
      let rows = 0;
      let carry = Buffer.alloc(0);
      let entryBytes = 0;
      const stream = await zip.openReadStreamPromise(entry).catch((error: Error) => {
        throw new UnreadableFile(`El libro .xlsx está dañado o incompleto: ${zipReason(error)}`);
      });
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          inflated += chunk.length;
          entryBytes += chunk.length;
          if (inflated > limits.maxUncompressedBytes) {
            throw tooLarge(`se descomprime a más de ${mb(limits.maxUncompressedBytes)}, el máximo permitido`);
          }
          checkRatio(entry.fileName, entryBytes, entry.compressedSize);
          if (countRows) {
            // A tag split across two chunks is found in the seam: the previous chunk's tail plus this one's head.
            const seam = Buffer.concat([carry, chunk.subarray(0, ROW_TAG.length - 1)]);
            if (seam.indexOf(ROW_TAG) !== -1) rows++;
            for (let at = chunk.indexOf(ROW_TAG); at !== -1; at = chunk.indexOf(ROW_TAG, at + ROW_TAG.length)) rows++;
            carry = Buffer.from(chunk.subarray(Math.max(0, chunk.length - (ROW_TAG.length - 1))));
          }
        }
      } catch (error) {
        stream.destroy();
        if (error instanceof AppError) throw error;
        const message = (error as Error).message;
        if (/too many bytes/i.test(message)) throw tooLarge(`la parte ${entry.fileName} se descomprime a más de lo que declara`);
        throw new UnreadableFile(`El libro .xlsx está dañado o incompleto: ${zipReason(error)}`);
      }
      if (countRows) {
        rowEstimate = rows;
        if (limits.maxRows !== undefined && rows - 1 > limits.maxRows) throw tooManyRows(rows - 1, limits.maxRows);
      }
    }
    return { rowEstimate };
  } finally {
    zip.close();
  }
}

function checkRatio(fileName: string, uncompressed: number, compressed: number): void {
  if (uncompressed > RATIO_FLOOR_BYTES && uncompressed / Math.max(compressed, 1) > MAX_COMPRESSION_RATIO) {
    throw tooLarge(
      `la parte ${fileName} se comprime ${Math.round(uncompressed / Math.max(compressed, 1))} veces (máximo ${MAX_COMPRESSION_RATIO}): parece una bomba de compresión`,
    );
  }
}
