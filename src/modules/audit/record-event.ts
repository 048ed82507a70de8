import type { CommandContext } from "../shared/context.js";
import { actorRole } from "../shared/context.js";

export interface EventInput {
  subjectType: string;
  subjectId: string;
  action: string;
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
