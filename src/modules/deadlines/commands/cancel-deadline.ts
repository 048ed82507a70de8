import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { lockDeadline, requireTransition } from "../guard.js";
import { type DeadlineRow, saveDeadlineState } from "../repo.js";
import { disarmDeadlineTimers } from "../schedule.js";

/** Withdraws a running or paused deadline (the request was annulled or re-typed); a breach stays a breach. */
export async function cancelDeadline(id: string, input: { reason?: string }, ctx: CommandContext): Promise<DeadlineRow> {
  const row = await lockDeadline(ctx, id);
  requireTransition("cancel", row, ctx.now);
  const saved = await saveDeadlineState(
    ctx.tx,
    id,
    { ...row, status: "cancelled", paused_at: null, cancelled_at: ctx.now },
    ctx.now,
  );
  await disarmDeadlineTimers(ctx, id);
  await recordEvent(ctx, {
    subjectType: "deadline",
    subjectId: id,
    customerId: row.customer_id,
    action: "deadline_cancelled",
    before: { status: row.status },
    after: { status: saved.status, cancelledAt: saved.cancelled_at },
    reason: input.reason ?? null,
  });
  return saved;
}
