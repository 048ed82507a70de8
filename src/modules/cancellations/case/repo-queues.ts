import { readPage } from "../../../platform/db/page.js";
import type { Tx } from "../../../platform/db/pool.js";
import { orderBySql, sortsOf } from "../../../platform/http/paging.js";
import { sqlAction, timelineInsertSql } from "../../../platform/timeline/record-event.js";
import { CASE_COLUMNS, CASE_FROM, type CaseRow } from "./repo.js";
import type { CaseStatus } from "./rules.js";

/** SQL of the queues: the pool, «take next», assignment by a supervisor, round-robin, and the lists. */

/** The last timeline event of a case: who changed it, for a conflict's message. */
export async function findLastCaseChange(
  tx: Tx,
  caseId: string,
): Promise<{ action: string; occurred_at: Date; actor_name: string | null } | undefined> {
  const { rows } = await tx.query<{ action: string; occurred_at: Date; actor_name: string | null }>(
    `SELECT e.action, e.occurred_at, u.full_name AS actor_name
       FROM events e LEFT JOIN users u ON u.tenant_id = e.tenant_id AND u.id = e.actor_user_id
      WHERE e.subject_type = 'complaint_case' AND e.subject_id = $1 ORDER BY e.id DESC LIMIT 1`,
    [caseId],
  );
  return rows[0];
}

// Due callbacks first (oldest due first), then cases never worked (oldest complaint first): the order of
// complaint_cases_pool_idx (migration 0011), so a take reads the pool's first rows instead of sorting it.
export const POOL_ORDER = "next_contact_at ASC NULLS LAST, received_at, id";

/**
 * Hands the next case of the campaign's pool to `userId`: unassigned, not finished, in the campaign's
 * queue, due now. Concurrent takers skip each other's locked rows, so no case is handed out twice.
 */
export async function takeNextFromPool(tx: Tx, campaign: string, userId: string, now: Date): Promise<string | undefined> {
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE complaint_cases c SET assigned_to = $2, assigned_at = $3, version = version + 1, updated_at = $3
      WHERE c.id = (SELECT id FROM complaint_cases
                     WHERE campaign = $1 AND assigned_to IS NULL AND status <> 'finished' AND queue = 'campaign'
                       AND (next_contact_at IS NULL OR next_contact_at <= $3)
                     ORDER BY ${POOL_ORDER} LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING c.id`,
    [campaign, userId, now],
  );
  return rows[0]?.id;
}

/** A case as the assignment commands see it: who holds it, and whether it keeps a callback. */
export type HeldCaseRow = Pick<
  CaseRow,
  "id" | "campaign" | "complaint_number" | "status" | "assigned_to" | "customer_id" | "next_contact_at"
>;

/** Locks the named cases (in id order, so two supervisors cannot deadlock) with their holders. */
export async function lockCases(tx: Tx, ids: string[]): Promise<HeldCaseRow[]> {
  const { rows } = await tx.query<HeldCaseRow>(
    `SELECT id, campaign, complaint_number, status, assigned_to, customer_id, next_contact_at FROM complaint_cases
      WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    [ids],
  );
  return rows;
}

export async function assignCase(tx: Tx, id: string, userId: string | null, now: Date): Promise<void> {
  await tx.query(
    `UPDATE complaint_cases SET assigned_to = $2, assigned_at = CASE WHEN $2::uuid IS NULL THEN NULL ELSE $3::timestamptz END,
            version = version + 1, updated_at = $3
      WHERE id = $1`,
    [id, userId, now],
  );
}

export interface RoundRobinStamp {
  now: Date;
  actorUserId: string | null;
  actorRole: string;
}

/**
 * Round-robin in one statement: the campaign's pool (due now, oldest first, at most `limit`) dealt to
 * the advisors in turn, each case with its timeline event. Rows locked by a concurrent taker are
 * skipped. Returns the cases dealt, each with its new holder.
 */
export async function distributePool(
  tx: Tx,
  campaign: string,
  advisorIds: string[],
  limit: number,
  stamp: RoundRobinStamp,
): Promise<Array<HeldCaseRow & { assigned_to: string }>> {
  const { rows } = await tx.query<HeldCaseRow & { assigned_to: string }>(
    `WITH pool AS (
       SELECT id FROM complaint_cases
        WHERE campaign = $1 AND assigned_to IS NULL AND status <> 'finished' AND queue = 'campaign'
          AND (next_contact_at IS NULL OR next_contact_at <= $4)
        ORDER BY ${POOL_ORDER} LIMIT $3 FOR UPDATE SKIP LOCKED
     ), dealt AS (
       SELECT id, ($2::uuid[])[((row_number() OVER (ORDER BY id)) - 1) % cardinality($2::uuid[]) + 1] AS advisor FROM pool
     ), assigned AS (
       UPDATE complaint_cases c SET assigned_to = d.advisor, assigned_at = $4, version = c.version + 1, updated_at = $4
         FROM dealt d WHERE c.id = d.id
       RETURNING c.id, c.campaign, c.complaint_number, c.status, c.customer_id, c.assigned_to, c.next_contact_at, c.version
     ), recorded AS (
       ${timelineInsertSql({
         occurredAt: "$4",
         actorUserId: "$5",
         actorRole: "$6",
         subjectType: "'complaint_case'",
         subjectId: "a.id::text",
         customerId: "a.customer_id",
         action: sqlAction("case_assigned"),
         before: "jsonb_build_object('assignedTo', NULL)",
         after: "jsonb_build_object('assignedTo', a.assigned_to, 'version', a.version)",
         reason: "'Reparto equitativo (round-robin)'",
         from: "assigned a",
       })}
     )
     SELECT id, campaign, complaint_number, status, customer_id, assigned_to, next_contact_at FROM assigned`,
    [campaign, advisorIds, limit, stamp.now, stamp.actorUserId, stamp.actorRole],
  );
  return rows;
}

export interface CaseFilter {
  campaign?: string;
  status?: CaseStatus | "active";
  queue?: string;
  assignedTo?: string | null;
  /** Only unassigned cases (the pool). */
  pool?: boolean;
  /** Only cases whose callback or next attempt is due by then. */
  dueBy?: Date;
  search?: string;
  limit: number;
  offset: number;
  /** One of CASE_SORTS; none: most urgent first. */
  sort?: string;
}

/** The fields a list of cases can be sorted by (a «-» in front: descending). */
export const CASE_SORTS = sortsOf([
  "complaintNumber",
  "customerName",
  "status",
  "attempts",
  "nextContactAt",
  "receivedAt",
  "assigneeName",
] as const);
const CASE_SORT_SQL: Record<string, string> = {
  complaintNumber: "c.complaint_number",
  customerName: "cu.full_name",
  status: "c.status",
  attempts: "c.attempts",
  nextContactAt: "c.next_contact_at",
  receivedAt: "c.received_at",
  assigneeName: "u.full_name",
};

/** A page of cases, most urgent first: due contacts, then the oldest complaints. */
export async function listCases(tx: Tx, filter: CaseFilter): Promise<{ rows: CaseRow[]; total: number }> {
  const where = `($1::text IS NULL OR c.campaign = $1)
        AND ($2::text IS NULL OR ($2 = 'active' AND c.status <> 'finished') OR c.status = $2)
        AND ($3::text IS NULL OR c.queue = $3)
        AND ($4::uuid IS NULL OR c.assigned_to = $4)
        AND (NOT $5::boolean OR c.assigned_to IS NULL)
        AND ($6::timestamptz IS NULL OR c.next_contact_at <= $6)
        AND ($7::text IS NULL OR c.complaint_number = $7 OR p.service_number = $7 OR cu.code = $7
             OR search_text(cu.full_name) LIKE '%' || search_text($7) || '%')`;
  const params = [
    filter.campaign ?? null,
    filter.status ?? null,
    filter.queue ?? null,
    filter.assignedTo ?? null,
    filter.pool ?? false,
    filter.dueBy ?? null,
    filter.search?.trim() || null,
  ];
  return readPage<CaseRow>(
    tx,
    {
      select: `${CASE_COLUMNS}, NULL AS last_answered_number, NULL AS last_dialled_number`,
      from: `FROM ${CASE_FROM} WHERE ${where}`,
      orderBy: orderBySql(filter.sort, CASE_SORT_SQL, "c.next_contact_at ASC NULLS LAST, c.received_at, c.id", "c.id"),
      params,
    },
    filter,
  );
}
