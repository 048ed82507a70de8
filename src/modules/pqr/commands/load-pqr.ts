import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { type ClockContext, loadClockContext } from "../clock-context.js";
import type { PqrState } from "../procedure.js";
import { findPqr } from "../queries.js";
import { type PqrChanges, type PqrRow, updatePqr } from "../repo.js";

/** The PQR a step is taken on, locked for the transaction, with the clock context it was filed under. */
export async function loadPqrForStep(
  ctx: CommandContext,
  pqrId: string,
): Promise<{ pqr: PqrRow; clock: ClockContext; state: PqrState }> {
  const pqr = await findPqr(ctx.tx, pqrId, { forUpdate: true });
  if (!pqr) throw new AppError("NOT_FOUND", "PQR no encontrada", { field: "pqrId" });
  const clock = await loadClockContext(ctx.tx, { scope: pqr.clock_scope, version: pqr.clock_version });
  return { pqr, clock, state: pqr.status as PqrState };
}

/** Writes a step's changes on the locked PQR. */
export async function savePqr(ctx: CommandContext, pqr: PqrRow, changes: PqrChanges): Promise<PqrRow> {
  const saved = await updatePqr(ctx.tx, pqr.id, pqr.version, changes, ctx.now);
  if (!saved) throw new AppError("CONFLICT", "Otro usuario modificó la PQR al mismo tiempo; intente de nuevo");
  return saved;
}
