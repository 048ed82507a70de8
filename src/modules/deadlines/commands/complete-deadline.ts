import type { CommandContext } from "../../../platform/context.js";
import { publish } from "../../../platform/realtime.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { loadTenantCalendar } from "../../calendar/index.js";
import { lockDeadline, requireTransition } from "../guard.js";
import { presentDeadline } from "../presenter.js";
import { type DeadlineRow, saveDeadlineState } from "../repo.js";
import { breachInstant, elapsedOn } from "../rules.js";
import { disarmDeadlineTimers } from "../schedule.js";

/**
 * Marks what was due as done. On time (at or before the due instant, or while paused) → met. Late → the
 * deadline is breached and stays breached, with met_at recording when it was finally done.
 */
export async function completeDeadline(id: string, input: { reason?: string }, ctx: CommandContext): Promise<DeadlineRow> {
  const row = await lockDeadline(ctx, id);
  const decision = requireTransition("complete", row, ctx.now);
  let pausedMs = row.paused_ms;
  if (row.paused_at) pausedMs += elapsedOn(row.measure, row.paused_at, ctx.now, await loadTenantCalendar(ctx.tx));
  const breachedNow = decision.late && row.status === "running";
  const saved = await saveDeadlineState(
    ctx.tx,
    id,
    {
      ...row,
      status: decision.to,
      paused_at: null,
      paused_ms: pausedMs,
      met_at: ctx.now,
      breached_at: breachedNow ? breachInstant(row.due_at) : row.breached_at,
    },
    ctx.now,
  );
  await disarmDeadlineTimers(ctx, id);
  if (breachedNow) {
    // Its due timer had not flipped it yet: the breach is recorded and alerted like the timer would.
    await recordEvent(ctx, {
      subjectType: "deadline",
      subjectId: id,
      customerId: row.customer_id,
      action: "deadline_breached",
      before: { status: row.status },
      after: { status: "breached", dueAt: row.due_at, breachedAt: saved.breached_at },
    });
    await publish(ctx.tx, { tenantId: ctx.actor.tenantId, type: "deadline.breached", data: presentDeadline(saved, ctx.now) });
  }
  await recordEvent(ctx, {
    subjectType: "deadline",
    subjectId: id,
    customerId: row.customer_id,
    action: "deadline_met",
    before: { status: row.status },
    after: { status: saved.status, metAt: saved.met_at, late: decision.late, dueAt: saved.due_at },
    reason: input.reason ?? null,
  });
  return saved;
}
