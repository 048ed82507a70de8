import type { Tx } from "../../platform/db/pool.js";

export interface EventRow {
  id: number;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_role: string;
  subject_type: string;
  subject_id: string;
  customer_id: string | null;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

const SELECT_EVENTS = `
  SELECT e.id, e.occurred_at, e.actor_user_id, u.full_name AS actor_name, e.actor_role, e.subject_type,
         e.subject_id, e.customer_id, e.action, e.before, e.after, e.reason
    FROM events e
    LEFT JOIN users u ON u.tenant_id = e.tenant_id AND u.id = e.actor_user_id`;

/** Events older than the cursor event, in (occurred_at, id) order. */
const BEFORE = (param: string) =>
  `(${param}::bigint IS NULL OR (e.occurred_at, e.id) < (SELECT b.occurred_at, b.id FROM events b WHERE b.id = ${param}::bigint))`;

/**
 * Newest first by when it happened (seeded and imported events carry their own time, so ids do not follow
 * time), keyset-paginated by (occurred_at, id): `beforeId` is the last event of the previous page.
 */
export async function listSubjectEvents(
  tx: Tx,
  subjectType: string,
  subjectId: string,
  beforeId: number | null,
  limit: number,
): Promise<EventRow[]> {
  const { rows } = await tx.query<EventRow>(
    `${SELECT_EVENTS}
      WHERE e.subject_type = $1 AND e.subject_id = $2 AND ${BEFORE("$3")}
      ORDER BY e.occurred_at DESC, e.id DESC LIMIT $4`,
    [subjectType, subjectId, beforeId, limit],
  );
  return rows;
}

/** Everything that happened to a customer or to anything of theirs. */
export async function listCustomerEvents(tx: Tx, customerId: string, beforeId: number | null, limit: number) {
  const { rows } = await tx.query<EventRow>(
    `${SELECT_EVENTS}
      WHERE e.customer_id = $1 AND ${BEFORE("$2")}
      ORDER BY e.occurred_at DESC, e.id DESC LIMIT $3`,
    [customerId, beforeId, limit],
  );
  return rows;
}

/**
 * Whether the tenant has the subject: a customer is looked up in customers (demo and imported ones
 * too); any other subject exists for the timeline when something ever happened to it.
 */
export async function subjectExists(tx: Tx, subjectType: string, subjectId: string): Promise<boolean> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(subjectId);
  if (subjectType === "customer") {
    if (!uuid) return false;
    const { rows } = await tx.query("SELECT 1 FROM customers WHERE id = $1", [subjectId]);
    return rows.length > 0;
  }
  const { rows } = await tx.query("SELECT 1 FROM events WHERE subject_type = $1 AND subject_id = $2 LIMIT 1", [
    subjectType,
    subjectId,
  ]);
  return rows.length > 0;
}
