import type { Tx } from "../../platform/db/pool.js";
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
