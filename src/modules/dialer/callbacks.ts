import type { CommandContext } from "../../platform/context.js";
import { publish } from "../../platform/realtime.js";
import { recordEvent } from "../../platform/timeline/record-event.js";
import { cancelTimer, scheduleTimer, type TimerHandler } from "../../platform/timers/timers.js";
import { findContactRecord, reopenForCallback } from "../contactlists/index.js";

/**
 * Step 9's callback: a record closed in follow-up comes back at its callback date. A durable timer per record
 * (scheduled in the disposition's transaction) makes it dialable again then; the dialer gives it to its advisor,
 * or to the team when that advisor is not available (rules.ts `callbackTarget`).
 */

export const CALLBACK_DUE_TASK = "outbound.callback_due";
export const callbackTimerKey = (recordId: string) => `outbound-callback:${recordId}`;
export interface CallbackTimerPayload {
  recordId: string;
}

/** Schedules (or moves) the record's callback; a record closed for good has none. */
export async function scheduleCallback(ctx: CommandContext, recordId: string, callbackAt: Date | null): Promise<void> {
  if (!callbackAt) {
    await cancelTimer(ctx.tx, callbackTimerKey(recordId));
    return;
  }
  await scheduleTimer<CallbackTimerPayload>(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    key: callbackTimerKey(recordId),
    runAt: callbackAt,
    task: CALLBACK_DUE_TASK,
    payload: { recordId },
  });
}

/** The timer's effect: the follow-up, if still the same, is dialable again from its callback date. */
export async function reopenDueCallback(ctx: CommandContext, recordId: string, runAt: Date): Promise<boolean> {
  const record = await findContactRecord(ctx.tx, recordId);
  if (!record || !(await reopenForCallback(ctx.tx, recordId, runAt, ctx.now))) return false;
  await recordEvent(ctx, {
    subjectType: "contact_record",
    subjectId: recordId,
    customerId: record.customer_id,
    action: "contact_record_callback_due",
    before: { status: record.status },
    after: { status: "pending", callbackAt: runAt.toISOString(), advisorUserId: record.callback_user_id },
  });
  await publish(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    type: "outbound.campaign_changed",
    data: { campaignId: record.campaign_id },
  });
  return true;
}

/** The dialer's timer tasks (the manifest's `timers`). */
export const DIALER_TIMERS: Record<string, TimerHandler> = {
  [CALLBACK_DUE_TASK]: (ctx, firing) => reopenDueCallback(ctx, (firing.payload as CallbackTimerPayload).recordId, firing.runAt),
};
