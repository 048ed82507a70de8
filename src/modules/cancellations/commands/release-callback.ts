import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findCase, saveCase } from "../case/repo.js";
import type { CallbackReleasePayload } from "../case/schedule.js";

/**
 * The callback-release timer's effect: a pending case whose callback its advisor kept, came due and
 * was not taken (no attempt since) goes back to the campaign's pool, on the timeline. Anything that
 * changed meanwhile (another disposition, an attempt, a reassignment) makes it do nothing.
 */
export async function releaseCallback(payload: CallbackReleasePayload, ctx: CommandContext): Promise<boolean> {
  const row = await findCase(ctx.tx, payload.caseId, { forUpdate: true });
  if (row?.status !== "pending" || row.assigned_to !== payload.keeper) return false;
  const due = new Date(payload.nextContactAt);
  if (row.next_contact_at?.getTime() !== due.getTime()) return false;
  if (row.last_attempt_at && row.last_attempt_at >= due) return false;
  const version = await saveCase(ctx.tx, row.id, { ...row, assigned_to: null, assigned_at: null }, ctx.now);
  await recordEvent(ctx, {
    subjectType: "complaint_case",
    subjectId: row.id,
    customerId: row.customer_id,
    action: "callback_returned_to_pool",
    before: { assignedTo: row.assigned_to, assigneeName: row.assignee_name },
    after: { assignedTo: null, nextContactAt: row.next_contact_at, version },
    reason: `La llamada pendiente no se tomó a tiempo (vencía ${row.next_contact_at?.toISOString()})`,
  });
  return true;
}
