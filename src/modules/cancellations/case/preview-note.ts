import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { type DispositionRequest, prepareDisposition } from "../commands/prepare-disposition.js";
import { findCase } from "./repo.js";

/**
 * The note a disposition would get, generated from the motive's template with the case's data and the
 * advisor's user, for the advisor's last edit. Checks the motive and its fields like the disposition
 * will (same refusals); writes nothing.
 */
export async function previewNote(caseId: string, request: DispositionRequest, ctx: CommandContext) {
  const row = await findCase(ctx.tx, caseId);
  if (!row) throw new AppError("NOT_FOUND", "Caso no encontrado");
  const prepared = await prepareDisposition(row, { ...request, note: null }, ctx, { preview: true });
  return {
    note: prepared.generatedNote,
    maxLength: prepared.noteLimit,
    isFinal: prepared.state.type === "final",
    closing: prepared.motive.closing,
    nextContactAt: prepared.nextContactAt?.toISOString() ?? null,
    catalogVersion: prepared.catalog.version,
  };
}
