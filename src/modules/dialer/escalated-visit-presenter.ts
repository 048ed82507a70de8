import type { EscalatedVisitRow } from "./escalated-visit-queries.js";
import { daysWaiting } from "./rules.js";

/** An escalated visit as the back office's worklist shows it: names and words, its days waiting at `now`. */
export function presentEscalatedVisit(row: EscalatedVisitRow, now: Date) {
  return {
    id: row.id,
    customerId: row.customer_id,
    customerCode: row.customer_code,
    customerName: row.customer_name,
    phone: row.phone,
    zone: row.zone,
    reason: row.reason,
    status: row.status,
    escalatedAt: row.escalated_at.toISOString(),
    escalatedBy: row.escalated_by_name,
    daysWaiting: daysWaiting(row.escalated_at, row.resolved_at, now),
    resolution: row.resolution,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    resolvedBy: row.resolved_by_name,
    closeReason: row.close_reason,
    note: row.resolution_note,
    slotStartsAt: row.slot_starts_at?.toISOString() ?? null,
    slotEndsAt: row.slot_ends_at?.toISOString() ?? null,
  };
}
