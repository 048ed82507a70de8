import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { lockCase, requireCaseStep } from "../case-context.js";
import { type CaseRow, updateCase } from "../repo.js";

/** The outcome: the customer leaves; the cancellation is accepted with a reason of the catalog (it counts in the indicator). */
export async function acceptCancellation(
  caseId: string,
  input: { reasonCode: string; note?: string | null },
  ctx: CommandContext,
): Promise<CaseRow> {
  const { row, catalogs } = await lockCase(ctx, caseId);
  const reason = catalogs.reasons.reasons.find((r) => r.code === input.reasonCode && !r.retired);
  const to = requireCaseStep("accept_cancellation", row.state, ctx, { hasCancellationReason: reason !== undefined });
  const note = input.note?.trim() || null;
  const saved = await updateCase(
    ctx.tx,
    caseId,
    { state: to, outcome: "cancelled", cancellation_reason: reason!.code, outcome_note: note, closed_at: ctx.now },
    ctx.now,
  );
  await recordEvent(ctx, {
    subjectType: "retention_case",
    subjectId: caseId,
    customerId: row.customer_id,
    action: "cancellation_accepted",
    before: { state: row.state },
    after: { state: to, outcome: "cancelled", reasonCode: reason!.code, reason: reason!.name },
    reason: note,
  });
  return saved;
}
