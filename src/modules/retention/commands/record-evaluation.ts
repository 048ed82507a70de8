import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { readIndicator } from "../../indicators/index.js";
import { findCurrentTenant } from "../../tenants/index.js";
import { insertEvaluation } from "../repo.js";
import { monthStart } from "../rules.js";

/**
 * Step 15: commercial management evaluates a month's results and gives feedback («retroalimenta») or
 * reformulates the procedure («reformula»). The seed's indicators as they stood that month — read from the
 * indicator engine, with the verdict against the month before — are kept with the decision.
 */
export async function recordEvaluation(
  input: { month: string; decision: "feedback" | "reformulate"; notes: string },
  ctx: CommandContext,
): Promise<{ id: string }> {
  const { timezone } = (await findCurrentTenant(ctx.tx))!;
  const start = monthStart(input.month, timezone);
  if (!start) throw new AppError("VALIDATION_FAILED", "El mes debe tener la forma AAAA-MM", { field: "month" });
  if (start > ctx.now)
    throw new AppError("VALIDATION_FAILED", "No se puede evaluar un mes que no ha empezado", { field: "month" });
  const notes = input.notes.trim();
  if (!notes) throw new AppError("VALIDATION_FAILED", "Escriba la retroalimentación o la reformulación", { field: "notes" });
  const monthOf = async (code: string) => {
    const report = await readIndicator(ctx.tx, {
      code,
      last: `${input.month}-01`,
      grain: "month",
      periods: 1,
      dimension: "total",
    });
    const cell = report.series[0]?.cells[0];
    return { code, target: report.target, ...(cell ?? { period: `${input.month}-01`, value: null, verdict: null }) };
  };
  const snapshot = {
    month: input.month,
    cancellations: await monthOf("retention.cancellations"),
    retentionRate: await monthOf("retention.retention_rate"),
  };
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
    after: { month: input.month, decision: input.decision, cancellations: snapshot.cancellations },
    reason: notes,
  });
  return { id };
}
