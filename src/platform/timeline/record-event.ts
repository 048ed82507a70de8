import type { CommandContext } from "../context.js";
import { actorRole } from "../context.js";
import type { TimelineAction } from "./actions.js";

/**
 * The one writer of the timeline (table `events`, append-only). Every event goes through one of:
 *   recordEvent         one row, from a command
 *   recordEvents        many rows in one statement, from a command
 *   timelineInsertSql   the `INSERT INTO events … SELECT …` of a set-based statement (imports, round-robin)
 * This file is the only place that knows the table's columns.
 */

export interface EventInput {
  subjectType: string;
  subjectId: string;
  action: TimelineAction;
  customerId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** The columns of `events` a writer fills, in the order the statements below list them. */
const EVENT_COLUMNS = [
  "tenant_id",
  "occurred_at",
  "actor_user_id",
  "actor_role",
  "subject_type",
  "subject_id",
  "customer_id",
  "action",
  "before",
  "after",
  "reason",
] as const;

const INSERT_INTO_EVENTS = `INSERT INTO events (${EVENT_COLUMNS.join(", ")})`;

/** Appends one event to the timeline, in the caller's transaction, so it commits with the change. */
export async function recordEvent(ctx: CommandContext, event: EventInput): Promise<void> {
  await ctx.tx.query(`${INSERT_INTO_EVENTS} VALUES (${EVENT_COLUMNS.map((_, i) => `$${i + 1}`).join(", ")})`, [
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
  ]);
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
    `${INSERT_INTO_EVENTS}
     SELECT $1, $2, $3, $4, e.subject_type, e.subject_id, e.customer_id, e.action, e.before, e.after, e.reason
       FROM jsonb_to_recordset($5::jsonb)
         AS e(subject_type text, subject_id text, customer_id uuid, action text, before jsonb, after jsonb, reason text)`,
    [ctx.actor.tenantId, ctx.now, ctx.actor.userId, actorRole(ctx.actor), JSON.stringify(rows)],
  );
}

/** A SQL expression for the `action` column, made only from declared actions (see sqlAction, sqlActionWhen). */
export type ActionSql = string & { readonly __actionSql: true };

/** A declared action as a SQL literal. */
export function sqlAction(action: TimelineAction): ActionSql {
  if (!/^[a-z0-9_]+$/.test(action)) throw new Error(`not an action code: ${action}`);
  return `'${action}'` as ActionSql;
}

/** `CASE WHEN <condition> THEN <whenTrue> ELSE <whenFalse> END`, of two declared actions. */
export function sqlActionWhen(condition: string, whenTrue: TimelineAction, whenFalse: TimelineAction): ActionSql {
  return `CASE WHEN ${condition} THEN ${sqlAction(whenTrue)} ELSE ${sqlAction(whenFalse)} END` as ActionSql;
}

/** The SQL expressions of one set-based statement's events, one per column, and the rows they read. */
export interface TimelineSelect {
  /** Defaults to `current_tenant_id()`. */
  tenantId?: string;
  occurredAt: string;
  actorUserId: string;
  actorRole: string;
  subjectType: string;
  subjectId: string;
  customerId: string;
  action: ActionSql;
  before: string;
  after: string;
  reason: string;
  /** What follows FROM: the rows, one event each. */
  from: string;
}

/**
 * `INSERT INTO events (…) SELECT … FROM …` for a set-based statement (typically a data-modifying CTE
 * beside the upsert it records), so that SQL-heavy writers name no column of `events` themselves.
 */
export function timelineInsertSql(select: TimelineSelect): string {
  const value: Record<(typeof EVENT_COLUMNS)[number], string> = {
    tenant_id: select.tenantId ?? "current_tenant_id()",
    occurred_at: select.occurredAt,
    actor_user_id: select.actorUserId,
    actor_role: select.actorRole,
    subject_type: select.subjectType,
    subject_id: select.subjectId,
    customer_id: select.customerId,
    action: select.action,
    before: select.before,
    after: select.after,
    reason: select.reason,
  };
  return `${INSERT_INTO_EVENTS}
    SELECT ${EVENT_COLUMNS.map((column) => value[column]).join(", ")}
      FROM ${select.from}`;
}
