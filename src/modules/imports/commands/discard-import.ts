import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findImport, markDiscarded } from "../repo.js";
import { canDiscard } from "../rules.js";

/** Drops a staged or rejected import and its staged rows; the operator's data is untouched. */
export async function discardImport(importId: string, ctx: CommandContext): Promise<void> {
  const row = await findImport(ctx.tx, importId, true);
  if (!row) throw new AppError("NOT_FOUND", "Importación no encontrada");
  if (!canDiscard(row.status)) {
    throw new AppError(
      "CONFLICT",
      row.status === "committed" ? "La importación ya fue confirmada; no se puede descartar" : "La importación ya fue descartada",
      { status: row.status },
    );
  }
  await markDiscarded(ctx.tx, importId);
  await recordEvent(ctx, {
    subjectType: "import",
    subjectId: importId,
    action: "import_discarded",
    before: { status: row.status },
    after: { status: "discarded" },
  });
}
