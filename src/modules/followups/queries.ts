import { readPage } from "../../platform/db/page.js";
import type { Tx } from "../../platform/db/pool.js";
import type { FollowUpRow } from "./repo.js";

/** SQL reads of follow-ups: the teams' worklists (writes are in repo.ts). */

export interface FollowUpListRow extends FollowUpRow {
  customer_code: string;
  customer_name: string;
  customer_phone: string | null;
  service_number: string | null;
  done_by_name: string | null;
  /** Measured now for pending product follow-ups: whether the customer still holds an active product, and claims since. */
  still_customer: boolean;
  new_claim_codes: string[];
}

export interface WorklistFilter {
  roles: string[];
  scope: "due" | "upcoming" | "done";
  now: Date;
  limit: number;
  offset?: number;
}

/** A team's follow-ups: due now (oldest first), upcoming (soonest first) or recently done. */
export async function listWorklist(tx: Tx, filter: WorklistFilter): Promise<{ rows: FollowUpListRow[]; total: number }> {
  const { where, orderBy } = {
    due: { where: "f.status = 'pending' AND f.due_at <= $2", orderBy: "f.due_at, f.id" },
    upcoming: { where: "f.status = 'pending' AND f.due_at > $2", orderBy: "f.due_at, f.id" },
    done: { where: "f.status = 'done' AND $2::timestamptz IS NOT NULL", orderBy: "f.done_at DESC, f.id" },
  }[filter.scope];
  return readPage<FollowUpListRow>(
    tx,
    {
      select: `f.*, c.code AS customer_code, c.full_name AS customer_name, c.phone AS customer_phone,
               p.service_number, u.full_name AS done_by_name,
               EXISTS (SELECT 1 FROM products ap WHERE ap.tenant_id = f.tenant_id AND ap.customer_id = f.customer_id
                                                  AND ap.status = 'active') AS still_customer,
               coalesce((SELECT array_agg(cl.code ORDER BY cl.opened_at) FROM claims cl
                          WHERE cl.tenant_id = f.tenant_id AND cl.product_id = f.product_id AND cl.opened_at > f.since), '{}')
                 AS new_claim_codes`,
      from: `FROM follow_ups f
             JOIN customers c ON c.tenant_id = f.tenant_id AND c.id = f.customer_id
             LEFT JOIN products p ON p.tenant_id = f.tenant_id AND p.id = f.product_id
             LEFT JOIN users u ON u.tenant_id = f.tenant_id AND u.id = f.done_by
            WHERE f.role = ANY($1) AND ${where}`,
      orderBy,
      params: [filter.roles, filter.now],
    },
    { limit: filter.limit, offset: filter.offset ?? 0 },
  );
}
