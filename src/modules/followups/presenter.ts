import type { FollowUpListRow } from "./queries.js";
import type { FollowUpRow } from "./repo.js";
import { FOLLOW_UP_LABELS, FOLLOW_UP_QUESTIONS } from "./rules.js";

export function presentFollowUp(row: FollowUpRow) {
  return {
    id: row.id,
    kind: row.kind,
    label: FOLLOW_UP_LABELS[row.kind],
    role: row.role,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    customerId: row.customer_id,
    productId: row.product_id,
    caseId: row.case_id,
    dueAt: row.due_at.toISOString(),
    since: row.since.toISOString(),
    status: row.status,
    outcome: row.outcome,
    doneAt: row.done_at?.toISOString() ?? null,
    questions: FOLLOW_UP_QUESTIONS[row.kind].map((question) => ({ key: question.key, label: question.label })),
  };
}

/** A worklist entry: the task, its customer, and what the system measures now about the product. */
export function presentWorklistItem(row: FollowUpListRow) {
  return {
    ...presentFollowUp(row),
    customerCode: row.customer_code,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    serviceNumber: row.service_number,
    doneByName: row.done_by_name,
    measured: row.product_id ? { stillCustomer: row.still_customer, newClaimCodes: row.new_claim_codes } : null,
  };
}
