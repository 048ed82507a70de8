import type { TSchema } from "@sinclair/typebox";
import { type TypeCheck, TypeCompiler } from "@sinclair/typebox/compiler";
import { DateTime } from "luxon";
import { describeSchemaError } from "../../platform/validation/messages.js";
import { type CellContext, InvalidCell, normalizeLabel, textCell } from "./cells.js";
import type { ImportKind } from "./kinds.js";

/** One problem of an import, as shown to the person: row 0 is the file itself (header, format). */
export interface ImportIssue {
  row: number;
  column: string | null;
  message: string;
}

/** Where each column of the kind sits in the file's rows: -1 when an optional column is absent. */
export interface HeaderPlan {
  positions: number[];
  width: number;
}

// ------------------------------------------------------------------ header

const headerKey = (text: string) => normalizeLabel(text).replaceAll("_", "");

/** Edit distance, to suggest the expected column for a misspelt or renamed one. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

function columnLetter(index: number): string {
  let letter = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

function requiredFields(kind: ImportKind): Set<string> {
  return new Set(kind.schema.required ?? []);
}

/**
 * Matches the header row against the kind's columns. A required column that is missing, a column the
 * kind does not know, a repeated or blank header are file-level issues; a missing column is paired with
 * the unknown one that most resembles it ("renamed").
 */
export function planHeader(kind: ImportKind, cells: unknown[]): { plan: HeaderPlan; issues: ImportIssue[] } {
  const texts = cells.map((cell) => {
    const value = textCell(cell, { timezone: "UTC" });
    return typeof value === "string" ? value : null;
  });
  while (texts.length > 0 && texts.at(-1) === null) texts.pop();

  const byKey = new Map<string, number>();
  kind.columns.forEach((column, index) => {
    byKey.set(headerKey(column.header), index);
    byKey.set(headerKey(column.field), index);
  });
  const positions = kind.columns.map(() => -1);
  const issues: ImportIssue[] = [];
  const unknown: Array<{ text: string; index: number }> = [];

  texts.forEach((text, index) => {
    if (text === null) {
      issues.push({ row: 0, column: null, message: `La columna ${columnLetter(index)} no tiene encabezado` });
      return;
    }
    const match = byKey.get(headerKey(text));
    if (match === undefined) unknown.push({ text, index });
    else if (positions[match] !== -1) {
      const header = kind.columns[match]!.header;
      issues.push({
        row: 0,
        column: header,
        message: `La columna «${header}» aparece dos veces (columnas ${columnLetter(positions[match]!)} y ${columnLetter(index)})`,
      });
    } else positions[match] = index;
  });

  const required = requiredFields(kind);
  const claimed = new Set<number>();
  const missingRequired = kind.columns.filter((column, index) => positions[index] === -1 && required.has(column.field));
  kind.columns.forEach((column, index) => {
    if (positions[index] !== -1) return;
    const candidates = unknown.filter((u) => !claimed.has(u.index));
    // One required column missing and one unknown column: however different the names, that is a rename.
    const lonePair = missingRequired.length === 1 && missingRequired[0] === column && candidates.length === 1;
    const resembling = lonePair ? candidates[0] : closest(column.header, candidates);
    if (resembling) {
      claimed.add(resembling.index);
      issues.push({
        row: 0,
        column: column.header,
        message: `La columna «${resembling.text}» no es de la plantilla de ${kind.nameEs}; ¿es «${column.header}»? Renómbrela «${column.header}»`,
      });
    } else if (required.has(column.field)) {
      issues.push({ row: 0, column: column.header, message: `Falta la columna obligatoria «${column.header}»` });
    }
  });
  for (const { text, index } of unknown) {
    if (claimed.has(index)) continue;
    issues.push({
      row: 0,
      column: text,
      message: `La columna «${text}» no es de la plantilla de ${kind.nameEs}; columnas válidas: ${kind.columns.map((c) => c.header).join(", ")}`,
    });
  }
  return { plan: { positions, width: texts.length }, issues };
}

function closest(expected: string, candidates: Array<{ text: string; index: number }>) {
  const target = headerKey(expected);
  let best: { text: string; index: number } | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const key = headerKey(candidate.text);
    const distance = key.includes(target) || target.includes(key) ? 1 : editDistance(key, target);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best && bestDistance <= Math.max(2, Math.floor(target.length / 3)) ? best : undefined;
}

// ------------------------------------------------------------------ rows

const compiled = new WeakMap<TSchema, TypeCheck<TSchema>>();
function checkerOf(kind: ImportKind): TypeCheck<TSchema> {
  let check = compiled.get(kind.schema);
  if (!check) {
    check = TypeCompiler.Compile(kind.schema);
    compiled.set(kind.schema, check);
  }
  return check;
}

export const isBlank = (cell: unknown) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

export type RowResult = { data: Record<string, unknown>; issues?: undefined } | { data?: undefined; issues: ImportIssue[] };

/**
 * Converts and validates one data row against the kind's schema (the same one the API uses).
 * Returns null for a blank row, which is skipped. `strictWidth` (CSV) makes a short row an error:
 * a truncated last line must not pass as a row with empty cells.
 */
export function validateRow(
  kind: ImportKind,
  plan: HeaderPlan,
  cells: unknown[],
  row: number,
  context: CellContext,
  strictWidth = false,
): RowResult | null {
  if (cells.every(isBlank)) return null;
  for (let index = plan.width; index < cells.length; index++) {
    if (!isBlank(cells[index])) {
      return {
        issues: [{ row, column: null, message: `Hay un valor en la columna ${columnLetter(index)}, que no tiene encabezado` }],
      };
    }
  }
  if (strictWidth && cells.length < plan.width) {
    return {
      issues: [{ row, column: null, message: `La fila está incompleta: tiene ${cells.length} de ${plan.width} columnas` }],
    };
  }

  const data: Record<string, unknown> = {};
  const issues: ImportIssue[] = [];
  const columns = kind.columns;
  for (let index = 0; index < columns.length; index++) {
    const position = plan.positions[index]!;
    if (position < 0) continue;
    const column = columns[index]!;
    const value = column.convert(cells[position], context);
    if (value instanceof InvalidCell) issues.push({ row, column: column.header, message: value.message });
    else if (value !== null) data[column.field] = value;
  }

  const check = checkerOf(kind);
  if (!check.Check(data)) {
    const seen = new Set(issues.map((issue) => issue.column));
    for (const error of check.Errors(data)) {
      const field = error.path.split("/")[1] ?? "";
      const header = columns.find((c) => c.field === field)?.header ?? field;
      if (seen.has(header)) continue;
      seen.add(header);
      issues.push({ row, column: header, message: describeSchemaError(error) });
    }
  }
  if (issues.length === 0) {
    const crossIssue = kind.crossCheck?.(data);
    if (crossIssue) issues.push({ row, ...crossIssue });
  }
  return issues.length > 0 ? { issues } : { data };
}

// ------------------------------------------------------------------ lifecycle

/**
 * From this many rows a statement joining the import against customers or products is bulk: it must
 * use hash joins, whatever the table statistics say (a rolled-back or killed import leaves dead rows the
 * statistics do not know about, and a nested loop over them would take minutes instead of a second).
 */
export const BULK_ROWS = 5000;

export function isBulk(rows: number): boolean {
  return rows >= BULK_ROWS;
}

/** The fields the imports list sorts by. */
export const IMPORT_SORTS = ["createdAt", "fileName", "totalRows"] as const;

export const IMPORT_STATUSES = ["staged", "rejected", "committed", "discarded"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Only a staged import without errors can be committed; the Spanish reason otherwise. */
export function commitRefusal(
  status: ImportStatus,
  errorCount: number,
  committedAt: Date | null,
  timezone: string,
): string | null {
  switch (status) {
    case "committed":
      return `La importación ya fue confirmada${committedAt ? ` el ${formatDateTime(committedAt, timezone)}` : ""}`;
    case "discarded":
      return "La importación fue descartada; cargue el archivo de nuevo";
    case "rejected":
      return `La importación tiene ${errorCount} ${errorCount === 1 ? "error" : "errores"}; corrija el archivo y cárguelo de nuevo`;
    default:
      return errorCount > 0 ? `La importación tiene ${errorCount} errores` : null;
  }
}

/** Whether an import may still be discarded. */
export function canDiscard(status: ImportStatus): boolean {
  return status === "staged" || status === "rejected";
}

/** "05/03/2024 14:30" in the tenant's time zone. */
export function formatDateTime(date: Date, timezone: string): string {
  return DateTime.fromJSDate(date).setZone(timezone).toFormat("dd/MM/yyyy HH:mm");
}

/** "fila 3, columna en_mora: …" — the line the CLI prints and the API's detail starts with. */
export function describeIssue(issue: ImportIssue): string {
  const where = [issue.row > 0 ? `fila ${issue.row}` : "archivo", issue.column ? `columna ${issue.column}` : null]
    .filter(Boolean)
    .join(", ");
  return `${where}: ${issue.message}`;
}
