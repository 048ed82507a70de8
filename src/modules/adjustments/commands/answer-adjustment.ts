import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { adjustmentRowProcedure } from "../procedure.js";
import { insertAnswer, updateRow } from "../repo.js";
import { ROW_STATUS_LABELS } from "../rules.js";
import { amountOf, loadRow, rowState } from "./load-row.js";

export interface AnswerAdjustmentInput {
  rowId: string;
  decision: "approved" | "rejected";
  /** Why it was rejected (required for a rejection). */
  reason?: string;
  /** The filing number of the applied adjustment; the base's when absent. */
  radicado?: string;
  /** The value applied; the base's when absent. */
  appliedAmount?: number;
}

/**
 * The adjustments back office's answer to a row sent to it: approved (with the radicado and the value
 * applied) or rejected (with the reason). A row already decided is refused: its answer stands until the
 * cell re-escalates it.
 */
export async function answerAdjustment(input: AnswerAdjustmentInput, ctx: CommandContext) {
  const row = await loadRow(ctx, input.rowId);
  if (row.decision !== null) {
    throw new AppError(
      "CONFLICT",
      `El ajuste ${row.filing_number} ya fue decidido por el back de ajustes (${ROW_STATUS_LABELS[row.status]}): no se registra otra respuesta`,
      { field: "decision", status: row.status },
    );
  }
  const to = requireStep(adjustmentRowProcedure, "answer", {
    state: row.status,
    roles: ctx.actor.roles,
    facts: { status: row.status, decision: input.decision },
  });
  const radicado = input.radicado ?? row.radicado;
  const appliedAmount = input.appliedAmount ?? amountOf(row.applied_amount);
  if (input.decision === "rejected" && !input.reason?.trim()) {
    throw new AppError("VALIDATION_FAILED", "Indique el motivo del rechazo", { field: "reason" });
  }
  if (input.decision === "approved") {
    if (!radicado)
      throw new AppError("VALIDATION_FAILED", "El ajuste aprobado necesita su número de radicado", { field: "radicado" });
    if (appliedAmount === null || appliedAmount <= 0) {
      throw new AppError("VALIDATION_FAILED", "El ajuste aprobado necesita el valor aplicado", { field: "appliedAmount" });
    }
  }
  await insertAnswer(ctx.tx, {
    rowId: row.id,
    decision: input.decision,
    reason: input.reason ?? null,
    radicado: input.decision === "approved" ? radicado : null,
    appliedAmount: input.decision === "approved" ? appliedAmount : null,
    answeredBy: ctx.actor.userId,
    now: ctx.now,
  });
  const updated = await updateRow(ctx.tx, row.id, ctx.now, {
    status: to,
    decision: input.decision,
    rejection_reason: input.decision === "rejected" ? input.reason!.trim() : null,
    decided_at: ctx.now,
    approved_radicado: input.decision === "approved" ? radicado : null,
    approved_amount: input.decision === "approved" ? String(appliedAmount) : null,
  });
  await recordEvent(ctx, {
    subjectType: "adjustment_row",
    subjectId: row.id,
    customerId: row.customer_id,
    action: "adjustment_answered",
    before: rowState(row),
    after: rowState(updated),
    reason: input.reason ?? null,
  });
  return updated;
}
