import type { ImportRow } from "./repo.js";

export interface ImportErrorRow {
  row_number: number;
  column_name: string | null;
  message: string;
}

/** An import as the API and the CLI show it: its state, counts, a page of errors and the first rows read. */
export function presentImport(
  row: ImportRow,
  errors: ImportErrorRow[] = [],
  preview: Array<{ row_number: number; data: Record<string, unknown> }> = [],
  errorsOffset = 0,
) {
  return {
    ...presentImportSummary(row),
    errorsOffset,
    errors: errors.map((e) => ({ row: e.row_number, column: e.column_name, message: e.message })),
    preview: preview.map((p) => ({ row: p.row_number, data: p.data })),
  };
}

export function presentImportSummary(row: ImportRow) {
  return {
    id: row.id,
    batchId: row.batch_id,
    kind: row.kind,
    fileName: row.file_name,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    status: row.status,
    totalRows: row.total_rows,
    errorCount: row.error_count,
    summary: row.summary,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    committedAt: row.committed_at ? row.committed_at.toISOString() : null,
  };
}

/** `alreadyImported`: the file was committed before; this is that import, and nothing was written now. */
export type ImportView = ReturnType<typeof presentImport> & { alreadyImported?: boolean };
