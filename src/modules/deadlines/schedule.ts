import type { CommandContext } from "../../platform/context.js";
import { cancelTimer, scheduleTimer } from "../../platform/timers/timers.js";
import type { DeadlineRow } from "./repo.js";
import { breachInstant } from "./rules.js";

export const AT_RISK_TASK = "deadline.at_risk";
export const DUE_TASK = "deadline.due";

export interface DeadlineTimerPayload {
  deadlineId: string;
}

export const atRiskTimerKey = (id: string) => `deadline:${id}:at_risk`;
export const dueTimerKey = (id: string) => `deadline:${id}:due`;

/** (Re)schedules the at-risk alert (unless already sent) and the breach check of a running deadline. */
export async function armDeadlineTimers(ctx: CommandContext, row: DeadlineRow): Promise<void> {
  const payload: DeadlineTimerPayload = { deadlineId: row.id };
  const tenantId = ctx.actor.tenantId;
  if (row.at_risk_alerted_at === null) {
    await scheduleTimer(ctx.tx, { tenantId, key: atRiskTimerKey(row.id), runAt: row.at_risk_at, task: AT_RISK_TASK, payload });
  }
  await scheduleTimer(ctx.tx, { tenantId, key: dueTimerKey(row.id), runAt: breachInstant(row.due_at), task: DUE_TASK, payload });
}

/** Cancels both timers of a deadline that stopped running (paused, met, cancelled, breached). */
export async function disarmDeadlineTimers(ctx: CommandContext, id: string): Promise<void> {
  await cancelTimer(ctx.tx, atRiskTimerKey(id));
  await cancelTimer(ctx.tx, dueTimerKey(id));
}
