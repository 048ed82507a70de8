import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { lockCase, requireCaseStep } from "../case-context.js";
import { type CaseRow, updateCase } from "../repo.js";

/** The outcome: the customer stays (after the Xpress order, the compensation claim or the promotion). */
export async function retainCustomer(caseId: string, input: { note?: string | null }, ctx: CommandContext): Promise<CaseRow> {
  const { row } = await lockCase(ctx, caseId);
  const to = requireCaseStep("retain", row.state, ctx);
  const note = input.note?.trim() || null;
  const saved = await updateCase(
    ctx.tx,
    caseId,
    { state: to, outcome: "retained", outcome_note: note, closed_at: ctx.now },
    ctx.now,
  );
  await recordEvent(ctx, {
    subjectType: "retention_case",
    subjectId: caseId,
    customerId: row.customer_id,
    action: "customer_retained",
    before: { state: row.state },
    after: { state: to, outcome: "retained" },
    reason: note,
  });
  return saved;
}
