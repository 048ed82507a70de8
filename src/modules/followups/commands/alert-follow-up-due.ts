import type { CommandContext } from "../../../platform/context.js";
import { publish } from "../../../platform/realtime.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findFollowUp } from "../repo.js";
import { FOLLOW_UP_LABELS } from "../rules.js";
import type { FollowUpTimerPayload } from "../schedule.js";

/**
 * The due timer's effect: a follow-up still pending reaches its team's worklist now — on the timeline
 * and as a realtime alert to the tenant's browsers (the worklist itself is a query on due_at).
 */
export async function alertFollowUpDue(input: FollowUpTimerPayload, ctx: CommandContext): Promise<boolean> {
  const row = await findFollowUp(ctx.tx, input.followUpId, { forUpdate: true });
  if (row?.status !== "pending") return false;
  await recordEvent(ctx, {
    subjectType: "follow_up",
    subjectId: row.id,
    customerId: row.customer_id,
    action: "follow_up_due",
    after: { kind: row.kind, role: row.role, dueAt: row.due_at },
  });
  await publish(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    type: "follow_up.due",
    data: { id: row.id, kind: row.kind, label: FOLLOW_UP_LABELS[row.kind], role: row.role, dueAt: row.due_at.toISOString() },
  });
  return true;
}
