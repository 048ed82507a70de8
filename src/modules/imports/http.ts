import type { FastifyRequest } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant, requireActor } from "../../platform/http/in-tenant.js";
import { publish } from "../../platform/realtime.js";
import type { ImportProgress } from "./commands/stage-import.js";
import type { ImportKind } from "./kinds.js";
import { importFile } from "./pipeline.js";
import type { ImportView } from "./presenter.js";
import { type ReceivedFile, receiveUpload } from "./received-file.js";
import { describeIssue } from "./rules.js";

/** What every upload route shares: receiving the file, staging it, refusing a rejected one, its progress. */

/**
 * The multipart field «file» of a request, streamed to a private temporary file (415 when the request
 * is not multipart, 400 without the field, 413 over the size limit). The caller removes it.
 */
export async function receiveRequestFile(
  request: FastifyRequest,
  fallbackName: string,
): Promise<ReceivedFile & { remove(): Promise<void> }> {
  if (!request.isMultipart()) {
    throw new AppError("UNSUPPORTED_FILE", "Envíe el archivo como multipart/form-data en el campo «file»", { field: "file" });
  }
  const part = await request.file();
  if (!part) throw new AppError("VALIDATION_FAILED", "Falta el archivo (campo «file»)", { field: "file" });
  return receiveUpload(part.file, part.filename || fallbackName, request.server.config.importMaxBytes);
}

/**
 * An upload route's work: the file through the import pipeline as `kind` (with its options and batch),
 * staged for review; a file with errors is refused with 422 and every error by row and column. The
 * route answers 200 instead of 201 for a file already imported (`alreadyImported`: nothing was written).
 */
export async function stageUpload(
  request: FastifyRequest,
  input: { kind: ImportKind; options?: Record<string, unknown>; batchOf?: string | null },
): Promise<ImportView> {
  const config = request.server.config;
  const file = await receiveRequestFile(request, "archivo");
  try {
    const view = await importFile({
      kind: input.kind,
      file,
      batchOf: input.batchOf ?? null,
      options: input.options,
      limits: {
        maxUncompressedBytes: config.importMaxUncompressedBytes,
        maxEntries: config.importMaxEntries,
        maxRows: config.importMaxRows,
      },
      onProgress: progressPublisher(request),
      withTenant: (work) => inTenant(request, work),
    });
    if (view.status === "rejected") refuseRejected(view);
    return view;
  } finally {
    await file.remove();
  }
}

/** The status of an upload's answer: 201 for a new import, 200 for a file already imported (nothing new). */
export function uploadStatus(view: ImportView): 200 | 201 {
  return view.alreadyImported ? 200 : 201;
}

/** How many errors a refused upload lists in its problem+json (all of them are in GET /api/imports/:id). */
const ERRORS_IN_PROBLEM = 50;

/** A rejected upload as its problem+json: the first error, the count, and up to 50 errors by row and column. */
export function refuseRejected(view: ImportView): never {
  const first = view.errors[0];
  const more = view.errorCount - 1;
  throw new AppError(
    "IMPORT_REJECTED",
    `${first ? describeIssue({ row: first.row, column: first.column, message: first.message }) : "el archivo no es válido"}${more > 0 ? ` (y ${more} ${more === 1 ? "error más" : "errores más"})` : ""}`,
    {
      importId: view.id,
      errorCount: view.errorCount,
      ...(first?.column ? { field: first.column } : {}),
      ...(first && first.row > 0 ? { row: first.row } : {}),
      errors: view.errors
        .slice(0, ERRORS_IN_PROBLEM)
        .map((e) => ({ row: e.row, field: e.column ?? undefined, message: e.message })),
    },
  );
}

/** Publishes an upload's progress to its user's browsers as `import.progress`. */
export function progressPublisher(request: FastifyRequest) {
  const actor = requireActor(request);
  return (progress: ImportProgress) => {
    // Outside the staging transaction, so the browser sees it while the file is still being read.
    publish(request.server.db.pool, {
      tenantId: actor.tenantId,
      userId: actor.userId,
      type: "import.progress",
      data: progress,
    }).catch((error) => request.log.warn({ err: error }, "import progress not published"));
  };
}
