import type { CommandContext } from "../context.js";
import { actorRole } from "../context.js";
import type { TimelineAction } from "./actions.js";

export interface EventInput {
  subjectType: string;
  subjectId: string;
  action: TimelineAction;
  customerId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Appends one event to the timeline, in the caller's transaction, so it commits with the change. */
export async function recordEvent(ctx: CommandContext, event: EventInput): Promise<void> {
  await ctx.tx.query(
    `INSERT INTO events (tenant_id, occurred_at, actor_user_id, actor_role, subject_type, subject_id, customer_id,
                         action, before, after, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      ctx.actor.tenantId,
      ctx.now,
      ctx.actor.userId,
      actorRole(ctx.actor),
      event.subjectType,
      event.subjectId,
      event.customerId ?? null,
      event.action,
      event.before === undefined ? null : JSON.stringify(event.before),
      event.after === undefined ? null : JSON.stringify(event.after),
      event.reason ?? null,
    ],
  );
}

/** Appends several events in one statement (a step taken on many subjects at once), in the caller's transaction. */
export async function recordEvents(ctx: CommandContext, events: readonly EventInput[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((event) => ({
    subject_type: event.subjectType,
    subject_id: event.subjectId,
    customer_id: event.customerId ?? null,
    action: event.action,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason ?? null,
  }));
  await ctx.tx.query(
    `INSERT INTO events (tenant_id, occurred_at, actor_user_id, actor_role, subject_type, subject_id, customer_id,
                         action, before, after, reason)
     SELECT $1, $2, $3, $4, e.subject_type, e.subject_id, e.customer_id, e.action, e.before, e.after, e.reason
       FROM jsonb_to_recordset($5::jsonb)
         AS e(subject_type text, subject_id text, customer_id uuid, action text, before jsonb, after jsonb, reason text)`,
    [ctx.actor.tenantId, ctx.now, ctx.actor.userId, actorRole(ctx.actor), JSON.stringify(rows)],
  );
}
