import { StringDecoder } from "node:string_decoder";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { AppError } from "../../platform/errors.js";
import { UnreadableFile } from "./file-format.js";
import { workbookReason, zipReason } from "./library-errors.js";
import { SharedStrings } from "./shared-strings.js";

/** One row of the first worksheet: its number as Excel shows it and its cells, 0-based by column. */
export interface XlsxRow {
  row: number;
  cells: unknown[];
}

export interface XlsxSource {
  rows: AsyncIterable<XlsxRow>;
  /** Bytes of the file consumed so far, estimated from the worksheet's inflated bytes (for the progress bar). */
  bytesRead(): number;
  close(): void;
}

const tooLarge = (entry: string) =>
  new AppError("PAYLOAD_TOO_LARGE", `El libro se rechazó: la parte ${entry} se descomprime a más de lo que declara`, {
    field: "file",
  });

/**
 * Reads the first worksheet of an .xlsx in one pass over the file: the zip's central directory (already
 * checked by the guard), then the shared strings and the sheet, each inflated once, straight from the
 * file by random access — no temporary copy of a sheet stored before its shared strings (ExcelJS's
 * streaming reader writes one), and no second inflate. yauzl's validateEntrySizes is the streaming
 * counter: an entry that inflates past the size the central directory declares (and the guard
 * checked) fails as it reads. Cells come out plain: numbers, strings, booleans, Dates (t="d"), and
 * {error} for Excel errors; a formula gives its cached result.
 */
export async function openXlsx(filePath: string, fileSize: number): Promise<XlsxSource> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(filePath, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch (error) {
    throw new UnreadableFile(`El libro .xlsx está dañado o incompleto: ${zipReason(error)}`);
  }
  const entries = new Map<string, Entry>();
  try {
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  } catch (error) {
    zip.close();
    throw new UnreadableFile(`El libro .xlsx está dañado o incompleto: ${zipReason(error)}`);
  }
  let sheetInflated = 0;
  let sheetEntry: Entry | undefined;
  return {
    rows: (async function* () {
      try {
        sheetEntry = await firstSheet(zip, entries);
        if (!sheetEntry) throw new UnreadableFile("El libro .xlsx no tiene ninguna hoja");
        const shared = await readSharedStrings(zip, entries);
        yield* readSheet(zip, sheetEntry, shared, (bytes) => {
          sheetInflated += bytes;
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (/too many bytes/i.test((error as Error).message ?? "")) throw tooLarge(sheetEntry?.fileName ?? "del libro");
        throw new UnreadableFile(`El libro .xlsx está dañado o incompleto: ${workbookReason(error)}`);
      } finally {
        zip.close();
      }
    })(),
    bytesRead: () =>
      sheetEntry ? Math.min(fileSize, Math.round((fileSize * sheetInflated) / Math.max(1, sheetEntry.uncompressedSize))) : 0,
    close: () => zip.close(),
  };
}

/** Streams one entry's text through a SAX parser; `onBytes` counts what was inflated. */
async function parseEntry(zip: ZipFile, entry: Entry, parser: SaxesParser, onBytes?: (bytes: number) => void): Promise<void> {
  const stream = await zip.openReadStreamPromise(entry);
  const decoder = new StringDecoder("utf8");
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      onBytes?.(chunk.length);
      parser.write(decoder.write(chunk));
    }
    parser.write(decoder.end());
    parser.close();
  } finally {
    stream.destroy();
  }
}

async function readSmall(zip: ZipFile, entry: Entry | undefined): Promise<string | undefined> {
  if (!entry) return undefined;
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/** The first sheet in the workbook's order (xl/workbook.xml and its relationships), else the lowest-numbered sheet part. */
async function firstSheet(zip: ZipFile, entries: Map<string, Entry>): Promise<Entry | undefined> {
  const workbook = await readSmall(zip, entries.get("xl/workbook.xml"));
  const rels = await readSmall(zip, entries.get("xl/_rels/workbook.xml.rels"));
  if (workbook && rels) {
    const sheet =
      /<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]+)"/.exec(workbook) ?? /<(?:\w+:)?sheet\b[^>]*?:id="([^"]+)"/.exec(workbook);
    if (sheet) {
      const relation = new RegExp(`<Relationship\\b[^>]*?\\bId="${sheet[1]}"[^>]*>`).exec(rels)?.[0];
      const target = relation ? /\bTarget="([^"]+)"/.exec(relation)?.[1] : undefined;
      if (target) {
        const name = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
        const found = entries.get(name);
        if (found) return found;
      }
    }
  }
  const sheets = [...entries.keys()]
    .map((name) => ({ name, n: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name)?.[1] }))
    .filter((s) => s.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n));
  return sheets[0] ? entries.get(sheets[0].name) : undefined;
}

/** The shared strings, kept compact (src/modules/imports/shared-strings.ts): rich-text runs joined, phonetic guides left out. */
async function readSharedStrings(zip: ZipFile, entries: Map<string, Entry>): Promise<SharedStrings> {
  const shared = new SharedStrings();
  const entry = entries.get("xl/sharedStrings.xml");
  if (!entry) return shared;
  const parser = new SaxesParser();
  let text: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === "si") text = [];
    else if (name === "rPh") phonetic++;
    else if (name === "t" && phonetic === 0) inText = true;
  });
  parser.on("text", (value) => {
    if (inText && text) text.push(value);
  });
  parser.on("cdata", (value) => {
    if (inText && text) text.push(value);
  });
  parser.on("closetag", (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === "t") inText = false;
    else if (name === "rPh") phonetic--;
    else if (name === "si" && text) {
      shared.add(text.join(""));
      text = null;
    }
  });
  await parseEntry(zip, entry, parser);
  return shared;
}

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
};

/** "BC12" → 54 (0-based column of the reference). */
function columnOf(reference: string): number {
  let column = 0;
  for (let at = 0; at < reference.length; at++) {
    const code = reference.charCodeAt(at);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/** Excel's widest sheet: 16 384 columns (XFD). A cell reference past it is a damaged or hostile file. */
const MAX_COLUMNS = 16_384;

async function* readSheet(
  zip: ZipFile,
  entry: Entry,
  shared: SharedStrings,
  onBytes: (bytes: number) => void,
): AsyncGenerator<XlsxRow> {
  const parser = new SaxesParser();
  const ready: XlsxRow[] = [];
  let rowNumber = 0;
  let cells: unknown[] | null = null;
  let column = -1;
  let type = "";
  let value: string[] | null = null;
  let inValue = false;
  let inInline = false;
  let failure: Error | undefined;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    switch (localName(tag.name)) {
      case "row": {
        const r = tag.attributes.r as string | undefined;
        rowNumber = r ? Number(r) : rowNumber + 1;
        cells = [];
        column = -1;
        break;
      }
      case "c": {
        const r = tag.attributes.r as string | undefined;
        column = r ? columnOf(r) : column + 1;
        if (column < 0 || column >= MAX_COLUMNS)
          failure ??= new UnreadableFile("El libro .xlsx tiene una celda fuera de la hoja");
        type = (tag.attributes.t as string | undefined) ?? "n";
        value = null;
        break;
      }
      case "v":
        inValue = true;
        value = [];
        break;
      case "is":
        inInline = true;
        value = [];
        break;
      case "t":
        if (inInline) inValue = true;
        break;
    }
  });
  const onText = (text: string) => {
    if (inValue && value) value.push(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag: SaxesTagPlain) => {
    switch (localName(tag.name)) {
      case "v":
        inValue = false;
        break;
      case "t":
        if (inInline) inValue = false;
        break;
      case "is":
        inInline = false;
        break;
      case "c":
        if (cells && value !== null && column >= 0 && column < MAX_COLUMNS)
          cells[column] = cellValue(type, value.join(""), shared);
        break;
      case "row":
        if (cells) ready.push({ row: rowNumber, cells });
        cells = null;
        break;
    }
  });
  const stream = await zip.openReadStreamPromise(entry);
  const decoder = new StringDecoder("utf8");
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      onBytes(chunk.length);
      parser.write(decoder.write(chunk));
      if (failure) throw failure;
      if (ready.length > 0) {
        yield* ready;
        ready.length = 0;
      }
    }
    parser.write(decoder.end());
    parser.close();
    if (failure) throw failure;
    yield* ready;
  } finally {
    stream.destroy();
  }
}

function cellValue(type: string, raw: string, shared: SharedStrings): unknown {
  switch (type) {
    case "s": {
      const text = shared.get(Number(raw));
      if (text === undefined) throw new UnreadableFile("El libro .xlsx está dañado: una celda remite a un texto que no existe");
      return text;
    }
    case "inlineStr":
    case "str":
      return raw;
    case "b":
      return raw === "1" || raw.toLowerCase() === "true";
    case "e":
      return { error: raw };
    case "d": {
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) ? raw : date;
    }
    default: {
      if (raw === "") return null;
      const number = Number(raw);
      return Number.isNaN(number) ? raw : number;
    }
  }
}
