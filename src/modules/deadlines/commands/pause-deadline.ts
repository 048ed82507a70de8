import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { lockDeadline, requireTransition } from "../guard.js";
import { type DeadlineRow, saveDeadlineState } from "../repo.js";
import { disarmDeadlineTimers } from "../schedule.js";

export const DEFAULT_PAUSE_REASON = "esperando al cliente";

/** Stops a running deadline's clock while waiting on the customer; its timers are cancelled until resumed. */
export async function pauseDeadline(id: string, input: { reason?: string }, ctx: CommandContext): Promise<DeadlineRow> {
  const row = await lockDeadline(ctx, id);
  requireTransition("pause", row, ctx.now);
  const saved = await saveDeadlineState(ctx.tx, id, { ...row, status: "paused", paused_at: ctx.now }, ctx.now);
  await disarmDeadlineTimers(ctx, id);
  await recordEvent(ctx, {
    subjectType: "deadline",
    subjectId: id,
    customerId: row.customer_id,
    action: "deadline_paused",
    before: { status: row.status },
    after: { status: saved.status, pausedAt: saved.paused_at },
    reason: input.reason ?? DEFAULT_PAUSE_REASON,
  });
  return saved;
}
