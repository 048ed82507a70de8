import { DateTime } from "luxon";
import { AppError } from "../../../server/errors.js";
import { recordEvent } from "../../audit/record-event.js";
import type { CommandContext } from "../../shared/context.js";
import { findCurrentTenant } from "../../tenants/repo.js";
import { readIndicator } from "../indicator.js";
import { insertEvaluation } from "../repo.js";

/**
 * Step 15: commercial management evaluates a month's results and gives feedback («retroalimenta») or
 * reformulates the procedure («reformula»). The indicator as it stood is kept with the decision.
 */
export async function recordEvaluation(
  input: { month: string; decision: "feedback" | "reformulate"; notes: string },
  ctx: CommandContext,
): Promise<{ id: string }> {
  const { timezone } = (await findCurrentTenant(ctx.tx))!;
  const start = DateTime.fromISO(`${input.month}-01`, { zone: timezone });
  if (!start.isValid) throw new AppError("VALIDATION_FAILED", "El mes debe tener la forma AAAA-MM", { field: "month" });
  if (start.toJSDate() > ctx.now)
    throw new AppError("VALIDATION_FAILED", "No se puede evaluar un mes que no ha empezado", { field: "month" });
  const notes = input.notes.trim();
  if (!notes) throw new AppError("VALIDATION_FAILED", "Escriba la retroalimentación o la reformulación", { field: "notes" });
  const snapshot = await readIndicator(ctx.tx, start.toJSDate());
  const id = await insertEvaluation(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    month: input.month,
    decision: input.decision,
    notes,
    snapshot,
    createdBy: ctx.actor.userId,
    now: ctx.now,
  });
  await recordEvent(ctx, {
    subjectType: "retention_evaluation",
    subjectId: id,
    action: "results_evaluated",
    after: { month: input.month, decision: input.decision, cancellations: snapshot.overall },
    reason: notes,
  });
  return { id };
}
