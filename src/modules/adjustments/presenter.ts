import type { AgentRejectionRow, DeskRow, FeedbackRow } from "./queries.js";
import { ROW_STATUS_LABELS } from "./rules.js";

/** Rows → API shapes of the adjustments cell. */

const money = (value: string | null) => (value === null ? null : Number(value));

export function presentDeskRow(row: DeskRow | AgentRejectionRow) {
  return {
    id: row.id,
    cutDate: row.cut_date,
    filingNumber: row.filing_number,
    account: row.account,
    customerName: row.customer_name,
    cause: row.cause_code,
    status: row.status,
    statusLabel: ROW_STATUS_LABELS[row.status],
    decision: (row.decision as "approved" | "rejected" | null) ?? null,
    reescalations: row.reescalations,
    requestedAmount: Number(row.requested_amount),
    appliedAmount: money(row.applied_amount),
    radicado: row.radicado,
    agentUserId: "agent_user_id" in row ? row.agent_user_id : undefined,
    agentName: row.agent_name,
    pqrCun: "pqr_cun" in row ? row.pqr_cun : undefined,
    outcome: "outcome" in row ? row.outcome : undefined,
  };
}

export function presentFeedback(row: FeedbackRow) {
  return {
    id: row.id,
    weekStart: row.week_start,
    agentUserId: row.agent_user_id,
    agentName: row.agent_name,
    rank: row.rank,
    rejections: row.rejections,
    topCauses: row.top_causes,
    commitment: row.commitment,
    signedAt: row.acknowledged_at?.toISOString() ?? null,
    isSigned: row.acknowledged_at !== null,
  };
}

export { money };
