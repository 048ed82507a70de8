import type { Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";
import type { DeadlineMeasure, DeadlineRule, DeadlineStatus } from "./rules.js";

registerConstraintErrors({
  deadlines_tenant_id_customer_id_fkey: { code: "NOT_FOUND", field: "customerId", detail: "Cliente no encontrado" },
});

export interface DeadlineRow {
  id: string;
  subject_type: string;
  subject_id: string;
  customer_id: string | null;
  kind: string;
  rule: DeadlineRule;
  measure: DeadlineMeasure;
  at_risk_ratio: number;
  started_at: Date;
  due_at: Date;
  at_risk_at: Date;
  status: DeadlineStatus;
  paused_at: Date | null;
  paused_ms: number;
  at_risk_alerted_at: Date | null;
  met_at: Date | null;
  breached_at: Date | null;
  cancelled_at: Date | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The columns a command may change after a deadline is created. */
export type DeadlineState = Pick<
  DeadlineRow,
  | "status"
  | "due_at"
  | "at_risk_at"
  | "paused_at"
  | "paused_ms"
  | "at_risk_alerted_at"
  | "met_at"
  | "breached_at"
  | "cancelled_at"
>;

export interface NewDeadline {
  subjectType: string;
  subjectId: string;
  customerId: string | null;
  kind: string;
  rule: DeadlineRule;
  measure: DeadlineMeasure;
  atRiskRatio: number;
  startedAt: Date;
  dueAt: Date;
  atRiskAt: Date;
  createdBy: string | null;
  now: Date;
}

export async function insertDeadline(tx: Tx, tenantId: string, deadline: NewDeadline): Promise<DeadlineRow> {
  const { rows } = await tx.query<DeadlineRow>(
    `INSERT INTO deadlines (tenant_id, subject_type, subject_id, customer_id, kind, rule, measure, at_risk_ratio,
                            started_at, due_at, at_risk_at, status, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'running', $12, $13, $13)
     RETURNING *`,
    [
      tenantId,
      deadline.subjectType,
      deadline.subjectId,
      deadline.customerId,
      deadline.kind,
      JSON.stringify(deadline.rule),
      deadline.measure,
      deadline.atRiskRatio,
      deadline.startedAt,
      deadline.dueAt,
      deadline.atRiskAt,
      deadline.createdBy,
      deadline.now,
    ],
  );
  return rows[0]!;
}

export async function saveDeadlineState(tx: Tx, id: string, state: DeadlineState, now: Date): Promise<DeadlineRow> {
  const { rows } = await tx.query<DeadlineRow>(
    `UPDATE deadlines
        SET status = $2, due_at = $3, at_risk_at = $4, paused_at = $5, paused_ms = $6, at_risk_alerted_at = $7,
            met_at = $8, breached_at = $9, cancelled_at = $10, updated_at = $11
      WHERE id = $1
      RETURNING *`,
    [
      id,
      state.status,
      state.due_at,
      state.at_risk_at,
      state.paused_at,
      state.paused_ms,
      state.at_risk_alerted_at,
      state.met_at,
      state.breached_at,
      state.cancelled_at,
      now,
    ],
  );
  return rows[0]!;
}
