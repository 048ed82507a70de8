import type { CommandContext } from "../../../platform/context.js";
import { publish } from "../../../platform/realtime.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { cancelTimer, scheduleTimer } from "../../../platform/timers/timers.js";
import { presentDeadline } from "../presenter.js";
import { findDeadline } from "../queries.js";
import { saveDeadlineState } from "../repo.js";
import { breachInstant, isPastDue } from "../rules.js";
import { atRiskTimerKey, type DeadlineTimerPayload, DUE_TASK, dueTimerKey } from "../schedule.js";

/**
 * The due timer's effect: a deadline still running after its due instant (pauses included) becomes
 * breached, on the timeline, with an alert to the tenant's browsers when the transaction commits.
 * Returns whether it did so.
 */
export async function breachDeadline(input: DeadlineTimerPayload, ctx: CommandContext): Promise<boolean> {
  const row = await findDeadline(ctx.tx, input.deadlineId, { forUpdate: true });
  if (row?.status !== "running") return false;
  if (!isPastDue(row.due_at, ctx.now)) {
    // Fired early (clock skew between database and app): wait for the real instant.
    const payload: DeadlineTimerPayload = { deadlineId: row.id };
    await scheduleTimer(ctx.tx, {
      tenantId: ctx.actor.tenantId,
      key: dueTimerKey(row.id),
      runAt: breachInstant(row.due_at),
      task: DUE_TASK,
      payload,
    });
    return false;
  }
  const saved = await saveDeadlineState(
    ctx.tx,
    row.id,
    { ...row, status: "breached", breached_at: breachInstant(row.due_at) },
    ctx.now,
  );
  if (row.at_risk_alerted_at === null) await cancelTimer(ctx.tx, atRiskTimerKey(row.id));
  await recordEvent(ctx, {
    subjectType: "deadline",
    subjectId: row.id,
    customerId: row.customer_id,
    action: "deadline_breached",
    before: { status: row.status },
    after: { status: saved.status, dueAt: saved.due_at, breachedAt: saved.breached_at },
  });
  await publish(ctx.tx, { tenantId: ctx.actor.tenantId, type: "deadline.breached", data: presentDeadline(saved, ctx.now) });
  return true;
}
