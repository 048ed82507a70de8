import type { CommandContext } from "../../../platform/context.js";
import { publish } from "../../../platform/realtime.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { scheduleTimer } from "../../../platform/timers/timers.js";
import { presentDeadline } from "../presenter.js";
import { findDeadline } from "../queries.js";
import { saveDeadlineState } from "../repo.js";
import { isPastDue } from "../rules.js";
import { AT_RISK_TASK, atRiskTimerKey, type DeadlineTimerPayload } from "../schedule.js";

/**
 * The at-risk timer's effect: once per deadline, while it still runs and its at-risk instant has truly
 * passed (pauses included), records deadline_at_risk and alerts the tenant's browsers when the
 * transaction commits. Returns whether it did so.
 */
export async function alertDeadlineAtRisk(input: DeadlineTimerPayload, ctx: CommandContext): Promise<boolean> {
  const row = await findDeadline(ctx.tx, input.deadlineId, { forUpdate: true });
  if (row?.status !== "running" || row.at_risk_alerted_at !== null) return false;
  // The due timer covers a deadline already past due; a late at-risk alert would only add noise.
  if (isPastDue(row.due_at, ctx.now)) return false;
  if (ctx.now < row.at_risk_at) {
    // Fired early (clock skew between database and app): wait for the real instant.
    const payload: DeadlineTimerPayload = { deadlineId: row.id };
    await scheduleTimer(ctx.tx, {
      tenantId: ctx.actor.tenantId,
      key: atRiskTimerKey(row.id),
      runAt: row.at_risk_at,
      task: AT_RISK_TASK,
      payload,
    });
    return false;
  }
  const saved = await saveDeadlineState(ctx.tx, row.id, { ...row, at_risk_alerted_at: ctx.now }, ctx.now);
  await recordEvent(ctx, {
    subjectType: "deadline",
    subjectId: row.id,
    customerId: row.customer_id,
    action: "deadline_at_risk",
    after: { atRiskAt: row.at_risk_at, dueAt: row.due_at },
  });
  await publish(ctx.tx, { tenantId: ctx.actor.tenantId, type: "deadline.at_risk", data: presentDeadline(saved, ctx.now) });
  return true;
}
