import { once } from "node:events";
import { finished } from "node:stream/promises";
import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findCurrentTenant } from "../../tenants/index.js";
import type { FileFormat } from "../file-format.js";
import type { ImportKind } from "../kinds.js";
import { openRowSource } from "../readers.js";
import type { ReceivedFile } from "../received-file.js";
import {
  analyzeStaging,
  copyIntoStaging,
  countStagingErrors,
  createStagingTable,
  findCommittedFile,
  findImport,
  flagDuplicateKeys,
  flagMissingReferences,
  insertImport,
  keepStagedErrors,
  keepStagedRows,
  preferHashJoins,
  stagingLine,
} from "../repo.js";
import { formatDateTime, type HeaderPlan, type ImportIssue, isBlank, isBulk, planHeader, validateRow } from "../rules.js";
import { tooManyRows } from "../zip-guard.js";

/** What an import reports while it reads its file; published as the realtime event `import.progress`. */
export interface ImportProgress {
  importId: string;
  kind: string;
  fileName: string;
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
  /** Rows of the sheet counted by the zip guard (.xlsx), when known: a better bar than bytes for .xlsx. */
  totalRows: number | null;
  done: boolean;
}

export interface StageInput {
  importId: string;
  /** An import whose batch this one joins (its rows may reference that batch's staged rows). */
  batchOf: string | null;
  kind: ImportKind;
  file: ReceivedFile;
  format: FileFormat;
  rowEstimate: number | null;
  /** Data rows the file may have (IMPORT_MAX_ROWS); more is refused with 413 and nothing is written. */
  maxRows?: number;
  onProgress?: (progress: ImportProgress) => void;
  progressIntervalMs?: number;
  /** Options of this import of its kind (e.g. the campaign of a complaints import), kept for its commit. */
  options?: Record<string, unknown>;
}

/** Rows kept of a rejected file, so its preview still shows what was read. */
export const PREVIEW_ROWS = 20;
const COPY_CHUNK_BYTES = 256 * 1024;

/**
 * Reads the file as a stream, validates each row, and stages valid rows and every problem with one
 * COPY, then checks keys repeated in the file and references to customers or products — all in the
 * caller's single transaction, so a failure or a killed process leaves nothing. Status 'staged' when
 * there is no problem, 'rejected' otherwise.
 */
export async function stageImport(input: StageInput, ctx: CommandContext): Promise<{ status: string; errorCount: number }> {
  const { tx } = ctx;
  const { kind, file } = input;
  const tenant = await findCurrentTenant(tx);
  if (!tenant) throw new AppError("NOT_FOUND", "Operador no encontrado");
  const committed = await findCommittedFile(tx, kind.code, file.sha256);
  if (committed) {
    throw new AppError(
      "DUPLICATE",
      `Este archivo ya se importó el ${formatDateTime(committed.committed_at ?? committed.created_at, tenant.timezone)} (importación ${committed.id}); no se aplicó de nuevo`,
      { field: "file", importId: committed.id, committedAt: committed.committed_at?.toISOString() },
    );
  }
  let batchId = input.importId;
  if (input.batchOf) {
    const batch = await findImport(tx, input.batchOf);
    if (!batch)
      throw new AppError("NOT_FOUND", `No existe la importación ${input.batchOf} indicada como lote`, { field: "batch" });
    batchId = batch.batch_id;
  }

  await createStagingTable(tx);
  const { rowsRead, fileIssues } = await copyRows(input, ctx, tenant.timezone);
  if (isBulk(rowsRead)) await preferHashJoins(tx);
  if (fileIssues.length === 0) {
    await flagDuplicateKeys(tx, kind.key);
    // Statistics for the anti-joins of the reference checks.
    if (kind.references.length > 0) await analyzeStaging(tx);
    for (const reference of kind.references) await flagMissingReferences(tx, reference, batchId);
    for (const check of kind.rowChecks ?? []) await check(tx, batchId);
  }
  const errorCount = await countStagingErrors(tx);
  const status = errorCount === 0 ? "staged" : "rejected";
  await insertImport(tx, {
    id: input.importId,
    batchId,
    kind: kind.code,
    fileName: file.name,
    sha256: file.sha256,
    sizeBytes: file.sizeBytes,
    status,
    totalRows: rowsRead,
    errorCount,
    createdBy: requireUser(ctx),
    createdAt: ctx.now,
    options: input.options,
  });
  await keepStagedRows(tx, input.importId, status === "staged" ? null : PREVIEW_ROWS);
  await keepStagedErrors(tx, input.importId);
  await recordEvent(ctx, {
    subjectType: "import",
    subjectId: input.importId,
    action: status === "staged" ? "import_staged" : "import_rejected",
    after: { kind: kind.code, fileName: file.name, sizeBytes: file.sizeBytes, totalRows: rowsRead, errorCount },
  });
  return { status, errorCount };
}

export function requireUser(ctx: CommandContext): string {
  if (!ctx.actor.userId) throw new AppError("FORBIDDEN", "Una importación necesita un usuario que la realice");
  return ctx.actor.userId;
}

/** Streams the file's rows into the staging COPY; returns the data rows read and any file-level problem. */
async function copyRows(
  input: StageInput,
  ctx: CommandContext,
  timezone: string,
): Promise<{ rowsRead: number; fileIssues: ImportIssue[] }> {
  const { kind, file } = input;
  const copy = copyIntoStaging(ctx.tx);
  let copyError: Error | undefined;
  copy.on("error", (error) => {
    copyError = error;
  });
  const source = await openRowSource(input.format, file.path, file.sizeBytes);
  const context = { timezone };
  const interval = input.progressIntervalMs ?? 500;
  let nextProgress = Date.now() + interval;
  const report = (rowsRead: number, done: boolean) =>
    input.onProgress?.({
      importId: input.importId,
      kind: kind.code,
      fileName: file.name,
      rowsRead,
      bytesRead: done ? file.sizeBytes : Math.min(source.bytesRead(), file.sizeBytes),
      totalBytes: file.sizeBytes,
      totalRows: input.rowEstimate === null ? null : Math.max(input.rowEstimate - 1, rowsRead),
      done,
    });

  let plan: HeaderPlan | null = null;
  let fileIssues: ImportIssue[] = [];
  let rowsRead = 0;
  // Lines are encoded straight into a buffer that goes to COPY when full: no string of a whole chunk
  // is built, so nothing per row outlives the row (it would be promoted and inflate the heap).
  let chunk = Buffer.allocUnsafe(COPY_CHUNK_BYTES);
  let used = 0;
  const flush = async (line: string, bytes: number) => {
    if (copyError) throw copyError;
    // Backpressure: the database sets the pace, and memory stays flat however long the file.
    if (used > 0 && !copy.write(chunk.subarray(0, used))) await once(copy, "drain");
    chunk = Buffer.allocUnsafe(Math.max(COPY_CHUNK_BYTES, bytes));
    used = chunk.write(line, 0, "utf8");
  };
  // Synchronous unless the chunk is full: no promise per row.
  const append = (line: string): Promise<void> | undefined => {
    const bytes = Buffer.byteLength(line, "utf8");
    if (used + bytes > chunk.length) return flush(line, bytes);
    used += chunk.write(line, used, "utf8");
    return undefined;
  };
  try {
    for await (const { row, cells } of source.rows) {
      if (!plan) {
        if (cells.every(isBlank)) continue;
        const header = planHeader(kind, cells);
        if (header.issues.length > 0) {
          fileIssues = header.issues;
          break;
        }
        plan = header.plan;
        continue;
      }
      const result = validateRow(kind, plan, cells, row, context, source.strictWidth);
      if (!result) continue;
      rowsRead++;
      if (input.maxRows !== undefined && rowsRead > input.maxRows) throw tooManyRows(rowsRead, input.maxRows);
      if (result.data) {
        const full = append(stagingLine(row, null, null, result.data));
        if (full) await full;
      } else {
        for (const issue of result.issues) {
          const full = append(stagingLine(row, issue.column, issue.message, null));
          if (full) await full;
        }
      }
      if ((rowsRead & 255) === 0 && input.onProgress && Date.now() >= nextProgress) {
        report(rowsRead, false);
        nextProgress = Date.now() + interval;
      }
    }
    if (!plan && fileIssues.length === 0) {
      fileIssues = [{ row: 0, column: null, message: "El archivo no tiene encabezado ni filas" }];
    } else if (plan && rowsRead === 0) {
      fileIssues = [{ row: 0, column: null, message: "El archivo no tiene filas de datos debajo del encabezado" }];
    }
    for (const issue of fileIssues) await append(stagingLine(issue.row, issue.column, issue.message, null));
    copy.end(chunk.subarray(0, used));
    await finished(copy);
  } catch (error) {
    // Sends CopyFail, so the connection is usable for the ROLLBACK that follows.
    copy.destroy(error as Error);
    await finished(copy).catch(() => undefined);
    throw error;
  } finally {
    source.close();
  }
  report(rowsRead, true);
  return { rowsRead, fileIssues };
}
