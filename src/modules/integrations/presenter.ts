import type { OutboundRow } from "./repo.js";
import { ADAPTER_NAMES } from "./rules.js";

export function presentOutbound(row: OutboundRow) {
  return {
    id: row.id,
    number: row.number,
    adapter: row.adapter,
    adapterName: ADAPTER_NAMES[row.adapter],
    operation: row.operation,
    idempotencyKey: row.idempotency_key,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    customerId: row.customer_id,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at?.toISOString() ?? null,
    reference: row.reference,
    response: row.response ?? null,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    failedAt: row.failed_at?.toISOString() ?? null,
  };
}
export type OutboundView = ReturnType<typeof presentOutbound>;
