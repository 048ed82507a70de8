import type { CommandContext } from "../../../platform/context.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { lockCase, stepFacts } from "../case/guard.js";
import { cancellationCaseProcedure } from "../case/procedure.js";
import { assignCase } from "../case/repo-queues.js";
import { rearmCallbackRelease } from "../case/schedule.js";

/** An advisor takes a case from the pool (or confirms it is theirs); someone else's case is refused. */
export async function takeCase(
  caseId: string,
  input: { expectedVersion?: number },
  ctx: CommandContext,
): Promise<{ version: number }> {
  const row = await lockCase(ctx, caseId, input.expectedVersion);
  requireStep(cancellationCaseProcedure, "take", { state: row.status, roles: ctx.actor.roles, facts: stepFacts(row, ctx.actor) });
  if (row.assigned_to === ctx.actor.userId) return { version: row.version };
  await assignCase(ctx.tx, caseId, ctx.actor.userId, ctx.now);
  await rearmCallbackRelease(ctx, row, ctx.actor.userId);
  await recordEvent(ctx, {
    subjectType: "complaint_case",
    subjectId: caseId,
    customerId: row.customer_id,
    action: "case_taken",
    before: { assignedTo: null },
    after: { assignedTo: ctx.actor.userId, version: row.version + 1 },
  });
  return { version: row.version + 1 };
}
