import { readPage } from "../../platform/db/page.js";
import type { Tx } from "../../platform/db/pool.js";
import { orderBySql, sortsOf } from "../../platform/http/paging.js";
import type { DeadlineRow } from "./repo.js";
import type { DeadlineStatus } from "./rules.js";

/** SQL reads of deadlines (writes are in repo.ts). */

/** One deadline; `forUpdate` locks it so commands and timers on the same deadline take turns. */
export async function findDeadline(tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<DeadlineRow | undefined> {
  const { rows } = await tx.query<DeadlineRow>(`SELECT * FROM deadlines WHERE id = $1${options.forUpdate ? " FOR UPDATE" : ""}`, [
    id,
  ]);
  return rows[0];
}

export interface DeadlineFilter {
  status?: DeadlineStatus;
  subjectType?: string;
  subjectId?: string;
  limit: number;
}

/** Deadlines of the tenant, soonest due first. */
export async function listDeadlines(tx: Tx, filter: DeadlineFilter): Promise<DeadlineRow[]> {
  const { rows } = await tx.query<DeadlineRow>(
    `SELECT * FROM deadlines
      WHERE ($1::text IS NULL OR status = $1)
        AND ($2::text IS NULL OR subject_type = $2)
        AND ($3::text IS NULL OR subject_id = $3)
      ORDER BY due_at, id
      LIMIT $4`,
    [filter.status ?? null, filter.subjectType ?? null, filter.subjectId ?? null, filter.limit],
  );
  return rows;
}

/** The fields a list of deadlines can be sorted by. */
export const DEADLINE_SORTS = sortsOf(["dueAt", "startedAt", "kind", "status"] as const);
const DEADLINE_SORT_SQL: Record<string, string> = { dueAt: "due_at", startedAt: "started_at", kind: "kind", status: "status" };

/** A page of deadlines (soonest due first unless sorted) and how many match in all. */
export async function listDeadlinePage(
  tx: Tx,
  filter: Omit<DeadlineFilter, "limit"> & { limit: number; offset: number; sort?: string },
): Promise<{ rows: DeadlineRow[]; total: number }> {
  return readPage<DeadlineRow>(
    tx,
    {
      select: "*",
      from: `FROM deadlines
             WHERE ($1::text IS NULL OR status = $1)
               AND ($2::text IS NULL OR subject_type = $2)
               AND ($3::text IS NULL OR subject_id = $3)`,
      orderBy: orderBySql(filter.sort, DEADLINE_SORT_SQL, "due_at, id", "id"),
      params: [filter.status ?? null, filter.subjectType ?? null, filter.subjectId ?? null],
    },
    filter,
  );
}

/**
 * SQL of a subject's deadlines as one JSON array (as listDeadlines with subjectType, subjectId and limit),
 * for a caller's one-statement read; the arguments are SQL expressions. Rows come back through
 * deadlineRowsFromJson.
 */
export const deadlinesOfSubjectJson = (subjectType: string, subjectId: string, limit: number) =>
  `coalesce((SELECT json_agg(x ORDER BY x.due_at, x.id) FROM (SELECT * FROM deadlines WHERE subject_type = ${subjectType}
      AND subject_id = ${subjectId} ORDER BY due_at, id LIMIT ${Math.trunc(limit)}) x), '[]')`;

const DEADLINE_DATES = [
  "started_at",
  "due_at",
  "at_risk_at",
  "paused_at",
  "at_risk_alerted_at",
  "met_at",
  "breached_at",
  "cancelled_at",
  "created_at",
  "updated_at",
] as const;

/** The rows of deadlinesOfSubjectJson as listDeadlines returns them (timestamps as Date). */
export function deadlineRowsFromJson(rows: Array<Record<string, unknown>>): DeadlineRow[] {
  for (const row of rows) for (const field of DEADLINE_DATES) if (row[field] != null) row[field] = new Date(row[field] as string);
  return rows as unknown as DeadlineRow[];
}
