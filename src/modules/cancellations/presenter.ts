import type { StepExplanation } from "../../platform/procedure/procedure.js";
import type { CaseRow } from "./case/repo.js";
import type { AttemptRow, DispositionRow } from "./case/repo-history.js";

/** The labels of a case's state and motive, read from the catalog version it was decided with. */
export interface Labels {
  stateLabel: string | null;
  motiveLabel: string | null;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A case as lists show it; `queueLabel` names a hand-off queue (level 1). */
export function presentCaseSummary(row: CaseRow, labels: Labels & { queueLabel: string | null }) {
  return {
    id: row.id,
    campaign: row.campaign,
    complaintNumber: row.complaint_number,
    customerId: row.customer_id,
    customerCode: row.customer_code,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    serviceNumber: row.service_number,
    reason: row.reason,
    receivedAt: row.received_at.toISOString(),
    status: row.status,
    queue: row.queue,
    assignedTo: row.assigned_to,
    assigneeName: row.assignee_name,
    assignedAt: iso(row.assigned_at),
    attempts: row.attempts,
    unansweredAttempts: row.unanswered_attempts,
    lastAttemptAt: iso(row.last_attempt_at),
    nextContactAt: iso(row.next_contact_at),
    stateCode: row.state_code,
    motiveCode: row.motive_code,
    ...labels,
    catalogVersion: row.catalog_version,
    finishedAt: iso(row.finished_at),
    version: row.version,
  };
}

export function presentAttempt(row: AttemptRow) {
  return {
    id: row.id,
    seq: row.seq,
    attemptedAt: row.attempted_at.toISOString(),
    dialledNumber: row.dialled_number,
    result: row.result,
    note: row.note,
    recordedByName: row.recorded_by_name,
  };
}

export function presentDisposition(row: DispositionRow, labels: Labels, supersededBy: string | null) {
  return {
    id: row.id,
    seq: row.seq,
    kind: row.kind,
    stateCode: row.state_code,
    motiveCode: row.motive_code,
    ...labels,
    isFinal: row.is_final,
    catalogVersion: row.catalog_version,
    benefitsVersion: row.benefits_version,
    fields: row.fields,
    generatedNote: row.generated_note,
    note: row.note,
    callbackAt: iso(row.callback_at),
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at.toISOString(),
    supersededBy,
  };
}

export function presentStep(step: StepExplanation<string>) {
  return step;
}
