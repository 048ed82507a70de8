import type { CommandContext } from "../../../platform/context.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { POOL_CASE, stepFacts } from "../case/guard.js";
import { cancellationCaseProcedure } from "../case/procedure.js";
import { type CaseRow, findCase } from "../case/repo.js";
import { takeNextFromPool } from "../case/repo-queues.js";
import { rearmCallbackRelease } from "../case/schedule.js";
import { requireCampaign } from "../catalog/campaign-catalog.js";

/**
 * «Tomar siguiente»: hands the advisor the campaign's most urgent case of the pool — a callback due now
 * first, else the oldest request. Concurrent advisors never get the same case (SKIP LOCKED).
 * Returns null when the pool has nothing due.
 */
export async function takeNextCase(campaign: string, ctx: CommandContext): Promise<CaseRow | null> {
  const policy = await requireCampaign(ctx.tx, campaign);
  requireStep(cancellationCaseProcedure, "take", {
    state: "open",
    roles: ctx.actor.roles,
    facts: stepFacts(POOL_CASE, ctx.actor),
  });
  const id = await takeNextFromPool(ctx.tx, campaign, ctx.actor.userId!, ctx.now);
  if (!id) return null;
  const row = (await findCase(ctx.tx, id))!;
  await rearmCallbackRelease(ctx, row, row.assigned_to, policy.returnToPoolAfterMinutes);
  await recordEvent(ctx, {
    subjectType: "complaint_case",
    subjectId: id,
    customerId: row.customer_id,
    action: "case_taken",
    before: { assignedTo: null },
    after: { assignedTo: ctx.actor.userId, version: row.version },
    reason: "Tomar siguiente",
  });
  return row;
}
