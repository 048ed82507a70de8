import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { scheduleTimer } from "../../../platform/timers/timers.js";
import { loadTenantCalendar } from "../../calendar/index.js";
import { baseDueAt } from "../../deadlines/index.js";
import { type FollowUpKind, followUpRole } from "../procedure.js";
import { type FollowUpRow, insertFollowUp } from "../repo.js";
import { FOLLOW_UP_DUE_TASK, type FollowUpTimerPayload, followUpTimerKey } from "../schedule.js";

export interface ScheduleFollowUpInput {
  kind: FollowUpKind;
  subjectType: string;
  subjectId: string;
  customerId: string;
  productId?: string | null;
  caseId?: string | null;
  /** What the follow-up is measured from (the order's closing, the service, the promotion's start). */
  since: Date;
  /** When it becomes due: a delay from `since` on the tenant's calendar, or an instant. */
  due: { after: { amount: number; unit: "business_days" | "calendar_days" } } | { at: Date };
}

/**
 * Creates a follow-up task for the team of its kind (the procedure's role), due a business or calendar delay after `since` (the deadline
 * service's arithmetic on the tenant's calendar), and arms a durable timer that alerts the team when it
 * comes due. A subject has at most one follow-up of each kind: asking twice returns the first.
 */
export async function scheduleFollowUp(input: ScheduleFollowUpInput, ctx: CommandContext): Promise<FollowUpRow | undefined> {
  const dueAt = "at" in input.due ? input.due.at : baseDueAt(input.due.after, input.since, await loadTenantCalendar(ctx.tx));
  const row = await insertFollowUp(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    kind: input.kind,
    role: followUpRole(input.kind),
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    customerId: input.customerId,
    productId: input.productId ?? null,
    caseId: input.caseId ?? null,
    dueAt,
    since: input.since,
    now: ctx.now,
  });
  if (!row) return undefined;
  await recordEvent(ctx, {
    subjectType: "follow_up",
    subjectId: row.id,
    customerId: row.customer_id,
    action: "follow_up_scheduled",
    after: { kind: row.kind, role: row.role, subjectType: row.subject_type, subjectId: row.subject_id, dueAt: row.due_at },
  });
  const payload: FollowUpTimerPayload = { followUpId: row.id };
  await scheduleTimer(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    key: followUpTimerKey(row.id),
    runAt: row.due_at,
    task: FOLLOW_UP_DUE_TASK,
    payload,
  });
  return row;
}
