import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { loadTenantCalendar } from "../../calendar/index.js";
import { lockDeadline, requireTransition } from "../guard.js";
import { type DeadlineRow, saveDeadlineState } from "../repo.js";
import { elapsedOn, scheduleDeadline } from "../rules.js";
import { armDeadlineTimers } from "../schedule.js";

/**
 * Restarts a paused deadline's clock: the paused time, measured on the deadline's own clock (working
 * time for business deadlines, clock time otherwise), pushes its due and at-risk instants forward.
 */
export async function resumeDeadline(id: string, input: { reason?: string }, ctx: CommandContext): Promise<DeadlineRow> {
  const row = await lockDeadline(ctx, id);
  requireTransition("resume", row, ctx.now);
  const calendar = await loadTenantCalendar(ctx.tx);
  const pausedMs = row.paused_ms + elapsedOn(row.measure, row.paused_at!, ctx.now, calendar);
  const schedule = scheduleDeadline(
    { rule: row.rule, startedAt: row.started_at, pausedMs, atRiskRatio: row.at_risk_ratio },
    calendar,
  );
  const saved = await saveDeadlineState(
    ctx.tx,
    id,
    { ...row, status: "running", paused_at: null, paused_ms: pausedMs, due_at: schedule.dueAt, at_risk_at: schedule.atRiskAt },
    ctx.now,
  );
  await armDeadlineTimers(ctx, saved);
  await recordEvent(ctx, {
    subjectType: "deadline",
    subjectId: id,
    customerId: row.customer_id,
    action: "deadline_resumed",
    before: { status: row.status, dueAt: row.due_at, atRiskAt: row.at_risk_at, pausedMs: row.paused_ms },
    after: { status: saved.status, dueAt: saved.due_at, atRiskAt: saved.at_risk_at, pausedMs: saved.paused_ms },
    reason: input.reason ?? null,
  });
  return saved;
}
