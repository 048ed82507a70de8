import type { DeadlineRow } from "./repo.js";
import { deadlinePhase } from "./rules.js";

/** A deadline as the API and the realtime alerts show it; `phase` is its state at `now`. */
export function presentDeadline(row: DeadlineRow, now: Date) {
  return {
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    customerId: row.customer_id,
    kind: row.kind,
    status: row.status,
    phase: deadlinePhase({ status: row.status, dueAt: row.due_at, atRiskAt: row.at_risk_at }, now),
    rule: row.rule,
    measure: row.measure,
    atRiskRatio: row.at_risk_ratio,
    startedAt: row.started_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    atRiskAt: row.at_risk_at.toISOString(),
    pausedAt: row.paused_at?.toISOString() ?? null,
    pausedMs: row.paused_ms,
    atRiskAlertedAt: row.at_risk_alerted_at?.toISOString() ?? null,
    metAt: row.met_at?.toISOString() ?? null,
    breachedAt: row.breached_at?.toISOString() ?? null,
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
  };
}

export type DeadlineView = ReturnType<typeof presentDeadline>;
