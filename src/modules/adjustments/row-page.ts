import type { CommandContext } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { explainSteps } from "../../platform/procedure/procedure.js";
import { readCauses } from "./catalog.js";
import { pqrSummary } from "./pqr-link.js";
import { money } from "./presenter.js";
import { adjustmentRowProcedure } from "./procedure.js";
import { findRowDetail, listAnswers, listContacts } from "./queries.js";
import { ROW_STATUS_LABELS } from "./rules.js";

/** A row's page: the base's fields, the cause's policy and evidence, its PQRs, answers, contacts and next steps. */
export async function readRowPage(rowId: string, ctx: CommandContext) {
  const row = await findRowDetail(ctx.tx, rowId);
  if (!row) throw new AppError("NOT_FOUND", "Ajuste no encontrado");
  const catalog = await readCauses(ctx.tx);
  const cause = catalog.content.causes.find((c) => c.code === row.cause_code);
  const labels = new Map(catalog.content.evidence.map((e) => [e.code, e.label]));
  const answers = await listAnswers(ctx.tx, row.id);
  const contacts = await listContacts(ctx.tx, row.id);
  const present = new Set(row.evidence);
  return {
    id: row.id,
    cutDate: row.cut_date,
    filingNumber: row.filing_number,
    account: row.account,
    customerId: row.customer_id,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    cause: row.cause_code,
    causeName: cause?.name ?? row.cause_code,
    causePolicy: cause?.policy ?? "",
    requiredEvidence: (cause?.requiredEvidence ?? []).map((code) => ({
      code,
      label: labels.get(code) ?? code,
      present: present.has(code),
    })),
    status: row.status,
    statusLabel: ROW_STATUS_LABELS[row.status],
    decision: row.decision,
    reescalations: row.reescalations,
    requestedAmount: Number(row.requested_amount),
    appliedAmount: money(row.decided_amount),
    radicado: row.decided_radicado,
    agentUserId: row.agent_user_id,
    agentName: row.agent_name,
    pqrCun: row.pqr_cun,
    outcome: row.outcome,
    baseStatus: row.base_status,
    baseDecision: row.base_decision,
    evidence: row.evidence,
    note: row.note,
    rejectionReason: row.rejection_reason,
    missingEvidence: row.missing_evidence,
    rightlyRejected: row.rightly_rejected,
    pqrId: row.pqr_id,
    appealPqrId: row.appeal_pqr_id,
    appealType: row.appeal_type,
    creditSent: row.credit_message_id !== null,
    version: row.version,
    pqr: row.pqr_id ? await pqrSummary(ctx, row.pqr_id) : null,
    appeal: row.appeal_pqr_id ? await pqrSummary(ctx, row.appeal_pqr_id) : null,
    answers: answers.map((a) => ({
      seq: a.seq,
      decision: a.decision,
      reason: a.reason,
      radicado: a.radicado,
      appliedAmount: money(a.applied_amount),
      answeredBy: a.answered_by_name,
      answeredAt: a.answered_at.toISOString(),
      review: a.review,
      reviewNote: a.review_note,
      reviewedAt: a.reviewed_at?.toISOString() ?? null,
    })),
    contacts: contacts.map((c) => ({
      seq: c.seq,
      attemptedAt: c.attempted_at.toISOString(),
      dialledNumber: c.dialled_number,
      result: c.result,
      customerAccepts: c.customer_accepts,
      voicemailMessage: c.voicemail_message,
      voicemailReference: c.voicemail_reference,
      note: c.note,
      recordedBy: c.recorded_by_name,
    })),
    steps: explainSteps(adjustmentRowProcedure, {
      state: row.status,
      roles: ctx.actor.roles,
      facts: { status: row.status },
    }),
  };
}
