import fs from "node:fs";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { type FileFormat, sniffCsv, UnreadableFile } from "./file-format.js";
import { workbookReason } from "./library-errors.js";
import { SharedStrings } from "./shared-strings.js";
import { openXlsx } from "./xlsx-reader.js";

/** One row of the file as read: its number as the person sees it (header = 1) and its cells, 0-based. */
export interface SheetRow {
  row: number;
  cells: unknown[];
}

/** The rows of a file, read as a stream; `bytesRead` counts the file bytes consumed so far. */
export interface RowSource {
  rows: AsyncIterable<SheetRow>;
  bytesRead(): number;
  /** CSV rows must have every column; in .xlsx, trailing empty cells are simply not stored. */
  strictWidth: boolean;
  close(): void;
}

/**
 * Opens the file as a stream of rows: the first worksheet of an .xlsx (xlsx-reader.ts: one pass, each
 * part inflated once), or a CSV in its own dialect.
 */
export async function openRowSource(format: FileFormat, filePath: string, fileSize = 0): Promise<RowSource> {
  if (format === "xlsx") {
    const workbook = await openXlsx(filePath, fileSize);
    return { rows: workbook.rows, bytesRead: workbook.bytesRead, strictWidth: false, close: workbook.close };
  }
  let bytes = 0;
  const dialect = await sniffCsv(filePath);
  const input = fs.createReadStream(filePath, { highWaterMark: 256 * 1024 });
  input.on("data", (chunk) => {
    bytes += chunk.length;
  });
  return {
    rows: csvRows(input, dialect),
    bytesRead: () => bytes,
    strictWidth: true,
    close: () => input.destroy(),
  };
}

/**
 * The same rows through ExcelJS's streaming reader, as the import read them before xlsx-reader.ts: kept
 * for the benchmark's comparison (bench/import.ts) and as a second opinion in tests.
 */
export async function* excelJsRows(filePath: string): AsyncGenerator<SheetRow> {
  yield* xlsxRows(fs.createReadStream(filePath, { highWaterMark: 256 * 1024 }));
}

async function* xlsxRows(input: fs.ReadStream): AsyncGenerator<SheetRow> {
  // sharedStrings "emit": ExcelJS hands each shared string over once (kept compact here) and leaves
  // {sharedString: n} in the cells; it parses worksheets after the whole zip, so the table is complete by then.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "emit",
    worksheets: "emit",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "emit",
  });
  const shared = new SharedStrings();
  try {
    const events = reader.parse() as AsyncIterator<{ eventType?: string; value?: unknown; index?: number; text?: unknown }>;
    for (let next = await events.next(); !next.done; next = await events.next()) {
      const event = next.value;
      if (event.eventType === "worksheet") {
        for await (const row of event.value as AsyncIterable<{ number: number; values: unknown }>) {
          const cells = (row.values as unknown[]).slice(1);
          for (let index = 0; index < cells.length; index++) {
            const cell = cells[index] as { sharedString?: number } | undefined;
            if (cell !== null && typeof cell === "object" && typeof cell.sharedString === "number") {
              const text = shared.get(cell.sharedString);
              if (text === undefined)
                throw new UnreadableFile(
                  `El libro .xlsx está dañado: la celda ${index + 1} de la fila ${row.number} remite a un texto que no existe`,
                );
              cells[index] = text;
            }
          }
          yield { row: row.number, cells };
        }
        await events.return?.();
        return; // the first worksheet holds the data; others (instructions, lists) are not read
      }
      if (typeof event.index === "number") shared.add(sharedText(event.text));
    }
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(`El libro .xlsx no se puede leer: ${workbookReason(error)}`);
  }
  throw new UnreadableFile("El libro .xlsx no tiene ninguna hoja");
}

function sharedText(text: unknown): string {
  if (typeof text === "string") return text;
  if (text && typeof text === "object" && Array.isArray((text as { richText?: unknown }).richText)) {
    return (text as { richText: Array<{ text?: string }> }).richText.map((run) => run.text ?? "").join("");
  }
  return "";
}

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "una comilla se abrió y no se cerró (¿archivo incompleto?)",
  CSV_INVALID_CLOSING_QUOTE: "hay una comilla de cierre seguida de otro carácter",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "hay texto después de una comilla de cierre",
};

async function* csvRows(
  input: fs.ReadStream,
  dialect: { encoding: BufferEncoding; delimiter: string },
): AsyncGenerator<SheetRow> {
  const parser = parse({
    bom: true,
    encoding: dialect.encoding,
    delimiter: dialect.delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  });
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { row: info.lines, cells: record };
    }
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const reason = (code && CSV_ERRORS[code]) ?? "su contenido no sigue el formato CSV (comillas o separadores)";
    throw new UnreadableFile(`El CSV está mal formado${lines ? ` cerca de la línea ${lines}` : ""}: ${reason}`);
  }
}
