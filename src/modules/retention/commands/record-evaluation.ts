import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { indicatorMonth, readIndicator } from "../indicator.js";
import { insertEvaluation } from "../repo.js";

/**
 * Step 15: commercial management evaluates a month's results and gives feedback («retroalimenta») or
 * reformulates the procedure («reformula»). The indicator as it stood is kept with the decision.
 */
export async function recordEvaluation(
  input: { month: string; decision: "feedback" | "reformulate"; notes: string },
  ctx: CommandContext,
): Promise<{ id: string }> {
  const month = await indicatorMonth(ctx.tx, input.month, ctx.now);
  if (month.reference > ctx.now)
    throw new AppError("VALIDATION_FAILED", "No se puede evaluar un mes que no ha empezado", { field: "month" });
  const notes = input.notes.trim();
  if (!notes) throw new AppError("VALIDATION_FAILED", "Escriba la retroalimentación o la reformulación", { field: "notes" });
  const snapshot = await readIndicator(ctx.tx, month);
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
