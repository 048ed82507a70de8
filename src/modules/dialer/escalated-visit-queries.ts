import type { Tx } from "../../platform/db/pool.js";
import { orderBySql, sortsOf } from "../../platform/http/paging.js";
import type { VisitCloseReason, VisitStatus } from "./rules.js";

/**
 * The back office's reads of the escalated visits (seed 002 step 4's fallback): the worklist — every visit that was
 * escalated, open or resolved — with the customer, the number the advisor called, who escalated it and who resolved it.
 */

export interface EscalatedVisitRow {
  id: string;
  record_id: string;
  call_id: string;
  customer_id: string;
  customer_code: string;
  customer_name: string;
  phone: string;
  zone: string;
  reason: string;
  status: VisitStatus;
  escalated_at: Date;
  escalated_by_name: string;
  resolution: "booked" | "closed" | null;
  resolved_at: Date | null;
  resolved_by_name: string | null;
  close_reason: VisitCloseReason | null;
  resolution_note: string | null;
  slot_starts_at: Date | null;
  slot_ends_at: Date | null;
}

export const ESCALATED_VISIT_SORT_FIELDS = ["escalatedAt", "customerName", "zone", "resolvedAt"] as const;
export const ESCALATED_VISIT_SORTS = sortsOf(ESCALATED_VISIT_SORT_FIELDS);
const SORT_SQL: Record<string, string> = {
  escalatedAt: "v.booked_at",
  customerName: "c.full_name",
  zone: "v.zone",
  resolvedAt: "v.resolved_at",
};

// A visit the advisor booked directly never was escalated: the list holds the open escalations and the resolved ones.
const SELECT = `
  SELECT v.id, v.record_id, v.call_id, v.customer_id, c.code AS customer_code, c.full_name AS customer_name, k.phone,
         v.zone, v.reason, v.status, v.booked_at AS escalated_at, a.full_name AS escalated_by_name,
         v.resolution, v.resolved_at, r.full_name AS resolved_by_name, v.close_reason, v.resolution_note,
         s.starts_at AS slot_starts_at, s.ends_at AS slot_ends_at
    FROM visit_bookings v
    JOIN customers c ON c.tenant_id = v.tenant_id AND c.id = v.customer_id
    JOIN dialer_calls k ON k.tenant_id = v.tenant_id AND k.id = v.call_id
    JOIN users a ON a.tenant_id = v.tenant_id AND a.id = v.booked_by
    LEFT JOIN users r ON r.tenant_id = v.tenant_id AND r.id = v.resolved_by
    LEFT JOIN visit_slots s ON s.tenant_id = v.tenant_id AND s.id = v.slot_id`;

export interface EscalatedVisitFilter {
  /** escalated: the open worklist (the default); booked / closed: what the back office resolved. */
  status: VisitStatus;
  zone?: string;
  sort?: string;
  limit: number;
  offset: number;
}

/** One page of the worklist, oldest escalation first unless sorted otherwise, and the total of the filter. */
export async function listEscalatedVisits(
  tx: Tx,
  filter: EscalatedVisitFilter,
): Promise<{ rows: EscalatedVisitRow[]; total: number }> {
  // The open worklist reads its partial index (status = 'escalated'); a resolved list, the resolution.
  const byState = filter.status === "escalated" ? "v.status = 'escalated' AND $1::text IS NULL" : "v.resolution = $1";
  const { rows } = await tx.query<EscalatedVisitRow & { total_count: number }>(
    `${SELECT.replace("SELECT v.id,", "SELECT count(*) OVER ()::int AS total_count, v.id,")}
      WHERE ${byState} AND ($2::text IS NULL OR v.zone = $2)
      ORDER BY ${orderBySql(filter.sort, SORT_SQL, "v.booked_at, v.id", "v.id")}
      LIMIT $3 OFFSET $4`,
    [filter.status === "escalated" ? null : filter.status, filter.zone ?? null, filter.limit, filter.offset],
  );
  return { rows, total: rows[0]?.total_count ?? 0 };
}

/** One escalated visit (open or resolved); undefined for another tenant's, an unknown id or a visit never escalated. */
export async function findEscalatedVisit(tx: Tx, id: string): Promise<EscalatedVisitRow | undefined> {
  const { rows } = await tx.query<EscalatedVisitRow>(
    `${SELECT} WHERE v.id = $1 AND (v.status = 'escalated' OR v.resolution IS NOT NULL)`,
    [id],
  );
  return rows[0];
}

/** The zones that have open escalations, for the worklist's filter. */
export async function zonesWithOpenEscalations(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ zone: string }>(
    "SELECT DISTINCT zone FROM visit_bookings WHERE status = 'escalated' ORDER BY zone",
  );
  return rows.map((r) => r.zone);
}
