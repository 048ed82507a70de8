import type { Tx } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import type { PageWindow } from "../../platform/http/paging.js";
import { type ImportView, presentImport, presentImportSummary } from "./presenter.js";
import { findImport, type ImportFilter, listImportErrors, listImportPreview, listImports } from "./repo.js";

export const ERRORS_PAGE = 1000;
export const PREVIEW_PAGE = 20;

/** One import with a page of its errors (by row, then column) and its first rows, as staged. */
export async function getImportView(tx: Tx, id: string, errorsOffset = 0, errorsLimit = ERRORS_PAGE): Promise<ImportView> {
  const row = await findImport(tx, id);
  if (!row) throw new AppError("NOT_FOUND", "Importación no encontrada");
  const [errors, preview] = [
    await listImportErrors(tx, id, errorsOffset, errorsLimit),
    await listImportPreview(tx, id, PREVIEW_PAGE),
  ];
  return presentImport(row, errors, preview, errorsOffset);
}

/** The tenant's imports, newest first. */
export async function listImportSummaries(tx: Tx, filter: ImportFilter, window: PageWindow) {
  const { rows, total } = await listImports(tx, filter, window);
  return { items: rows.map(presentImportSummary), total, page: window.page, pageSize: window.pageSize };
}

/** Every error of an import (by row, then column), for the downloadable list; at most `limit`. */
export async function listEveryImportError(tx: Tx, id: string, limit = 100_000) {
  const row = await findImport(tx, id);
  if (!row) throw new AppError("NOT_FOUND", "Importación no encontrada");
  return { fileName: row.file_name, errors: await listImportErrors(tx, id, 0, limit) };
}
