import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { adjustmentRowProcedure } from "../procedure.js";
import { reviewLatestAnswer, updateRow } from "../repo.js";
import { loadRow, rowState } from "./load-row.js";
import { sendToBackoffice } from "./validate-row.js";

export interface ReviewRejectionInput {
  rowId: string;
  review: "rightly" | "wrongly";
  /** Why; for a wrong rejection, the new marking the row is re-escalated with (required). */
  note?: string;
}

/**
 * Seed 004 steps 4–5: the cell reads the rejection against the cause's policy. Rightly rejected → the
 * customer is to be informed (and the rejection counts against the requesting agent); wrongly rejected →
 * re-marked and re-escalated to the back office for the correct application, the count kept.
 */
export async function reviewRejection(input: ReviewRejectionInput, ctx: CommandContext) {
  const row = await loadRow(ctx, input.rowId);
  const to = requireStep(adjustmentRowProcedure, "review_rejection", {
    state: row.status,
    roles: ctx.actor.roles,
    facts: { status: row.status, review: input.review },
  });
  const note = input.note?.trim() || null;
  await reviewLatestAnswer(ctx.tx, { rowId: row.id, review: input.review, note, reviewedBy: ctx.actor.userId, now: ctx.now });
  if (input.review === "rightly") {
    const updated = await updateRow(ctx.tx, row.id, ctx.now, { status: to, rightly_rejected: true, rejected_at: ctx.now });
    await recordEvent(ctx, {
      subjectType: "adjustment_row",
      subjectId: row.id,
      customerId: row.customer_id,
      action: "adjustment_rejection_confirmed",
      before: rowState(row),
      after: rowState(updated),
      reason: note,
    });
    return updated;
  }
  if (!note) {
    throw new AppError("VALIDATION_FAILED", "Indique la nueva marcación con que se reescala el ajuste", { field: "note" });
  }
  const reescalations = row.reescalations + 1;
  const message = await sendToBackoffice(ctx, row, reescalations, note);
  const updated = await updateRow(ctx.tx, row.id, ctx.now, {
    status: to,
    decision: null,
    rejection_reason: null,
    decided_at: null,
    reescalations,
  });
  await recordEvent(ctx, {
    subjectType: "adjustment_row",
    subjectId: row.id,
    customerId: row.customer_id,
    action: "adjustment_reescalated",
    before: rowState(row),
    after: { ...rowState(updated), messageId: message.id },
    reason: note,
  });
  return updated;
}
