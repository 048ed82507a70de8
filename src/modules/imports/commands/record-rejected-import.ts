import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import type { ImportKind } from "../kinds.js";
import type { ReceivedFile } from "../received-file.js";
import { insertImport, insertImportError } from "../repo.js";
import { requireUser } from "./stage-import.js";

/** Records a file that could not be read at all (corrupt, truncated, empty) as a rejected import with its one error. */
export async function recordRejectedImport(
  input: { importId: string; kind: ImportKind; file: ReceivedFile; message: string },
  ctx: CommandContext,
): Promise<void> {
  await insertImport(ctx.tx, {
    id: input.importId,
    batchId: input.importId,
    kind: input.kind.code,
    fileName: input.file.name,
    sha256: input.file.sha256,
    sizeBytes: input.file.sizeBytes,
    status: "rejected",
    totalRows: 0,
    errorCount: 1,
    createdBy: requireUser(ctx),
    createdAt: ctx.now,
  });
  await insertImportError(ctx.tx, input.importId, { row: 0, column: null, message: input.message });
  await recordEvent(ctx, {
    subjectType: "import",
    subjectId: input.importId,
    action: "import_rejected",
    after: { kind: input.kind.code, fileName: input.file.name, sizeBytes: input.file.sizeBytes, errorCount: 1 },
    reason: input.message,
  });
}
