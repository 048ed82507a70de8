import type { FastifyRequest } from "fastify";
import { requireActor } from "../../server/context.js";
import { AppError } from "../../server/errors.js";
import { publish } from "../realtime/publish.js";
import type { ImportProgress } from "./commands/stage-import.js";
import type { ImportView } from "./presenter.js";
import { describeIssue } from "./rules.js";

/** What every upload route of an import kind shares: the refusal of a rejected file, and its progress. */

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
