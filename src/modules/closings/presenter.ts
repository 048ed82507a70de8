import type { InstructionRow } from "./queries.js";
import { isOverdue } from "./rules.js";

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A closing instruction as the case page, the supervisor's list and the export show it. */
export function presentInstruction(row: InstructionRow, now: Date) {
  return {
    id: row.id,
    caseId: row.case_id,
    instructionVersion: row.instruction_version,
    campaign: row.campaign,
    complaintNumber: row.complaint_number,
    customerName: row.customer_name,
    serviceNumber: row.service_number,
    stateCode: row.state_code,
    motiveCode: row.motive_code,
    action: row.action,
    dueAt: row.due_at.toISOString(),
    note: row.note,
    status: row.status,
    isOverdue: isOverdue(row, now),
    billingReference: row.billing_reference,
    decidedByName: row.decided_by_name,
    createdAt: row.created_at.toISOString(),
    queuedAt: iso(row.queued_at),
    sentAt: iso(row.sent_at),
  };
}
