import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { readCauses } from "../catalog.js";
import { fileAdjustmentAppeal } from "../pqr-link.js";
import { adjustmentRowProcedure } from "../procedure.js";
import { findRowDetail, listContacts } from "../queries.js";
import { insertContact, updateRow } from "../repo.js";
import { type ContactResult, contactOutcome, voicemailMessage } from "../rules.js";
import { voicemailPort } from "../telephony.js";
import { decidedAmount, decidedRadicado, loadRow, requireResponseTarget, rowState } from "./load-row.js";

export interface RecordContactInput {
  rowId: string;
  result: ContactResult;
  /** Answered: whether the customer accepts the decision. */
  customerAccepts?: boolean;
  /** Answered and not accepted: the appeal the customer files. */
  appealType?: "reposicion" | "subsidio_apelacion";
  /** Not reached: leave a voicemail with the decision and the filing number. */
  leaveVoicemail?: boolean;
  note?: string;
}

/**
 * Seed 004 steps 4 and 6–8: a contact attempt about a decided row, recorded. Reached and accepting → informed;
 * reached and not accepting → a recurso de reposición or subsidio de apelación filed with the PQR area;
 * unreachable → a voicemail with the decision and the radicado (through the voicemail port), recorded.
 */
export async function recordAdjustmentContact(input: RecordContactInput, ctx: CommandContext) {
  const row = await loadRow(ctx, input.rowId);
  const outcome = contactOutcome(input);
  if ("refusal" in outcome) throw new AppError("VALIDATION_FAILED", outcome.refusal, { field: "customerAccepts" });
  const contact =
    outcome.kind === "informed" || outcome.kind === "voicemail"
      ? "informed"
      : outcome.kind === "appeal"
        ? "appealed"
        : "attempt_only";
  const to = requireStep(adjustmentRowProcedure, "contact", {
    state: row.status,
    roles: ctx.actor.roles,
    facts: { status: row.status, contact },
  });
  const detail = (await findRowDetail(ctx.tx, row.id))!;
  const decision = row.decision === "approved" ? "approved" : "rejected";
  let voicemail: { text: string; reference: string } | null = null;
  const nextSeq = (await listContacts(ctx.tx, row.id)).length + 1;
  if (outcome.kind === "voicemail") {
    if (!detail.customer_phone) {
      throw new AppError("STEP_NOT_ALLOWED", "El cliente no tiene teléfono registrado para dejarle un mensaje de voz", {
        field: "leaveVoicemail",
      });
    }
    const text = voicemailMessage({
      customerName: detail.customer_name,
      decision,
      radicado: decidedRadicado(row),
      appliedAmount: decidedAmount(row),
      filingNumber: row.filing_number,
    });
    const { reference } = await voicemailPort().leaveVoicemail({
      phone: detail.customer_phone,
      text,
      subjectId: row.id,
      seq: nextSeq,
    });
    voicemail = { text, reference };
  }
  const seq = await insertContact(ctx.tx, {
    rowId: row.id,
    dialledNumber: detail.customer_phone,
    result: input.result,
    customerAccepts: input.customerAccepts ?? null,
    voicemailMessage: voicemail?.text ?? null,
    voicemailReference: voicemail?.reference ?? null,
    note: input.note?.trim() || null,
    recordedBy: ctx.actor.userId,
    now: ctx.now,
  });
  const common = { subjectType: "adjustment_row", subjectId: row.id, customerId: row.customer_id } as const;
  await recordEvent(ctx, {
    ...common,
    action: "adjustment_contact_attempt",
    after: { seq, result: input.result, customerAccepts: input.customerAccepts ?? null },
    reason: input.note ?? null,
  });
  if (outcome.kind === "attempt_only") return updateRow(ctx.tx, row.id, ctx.now, {});
  if (outcome.kind === "appeal") {
    const catalog = await readCauses(ctx.tx);
    const appeal = await fileAdjustmentAppeal(ctx, {
      customerId: row.customer_id,
      respondTo: await requireResponseTarget(ctx, row.id),
      rowId: row.id,
      appealType: outcome.appealType,
      filingNumber: row.filing_number,
      radicado: decidedRadicado(row),
      decision,
      appliedAmount: decidedAmount(row),
      requestedAmount: Number(row.requested_amount),
      queue: catalog.content.pqrQueue,
      note: input.note ?? null,
    });
    const updated = await updateRow(ctx.tx, row.id, ctx.now, {
      status: to,
      appeal_pqr_id: appeal.id,
      appeal_type: outcome.appealType,
      outcome: "appealed",
      closed_at: ctx.now,
    });
    await recordEvent(ctx, {
      ...common,
      action: "adjustment_appealed",
      before: rowState(row),
      after: { ...rowState(updated), appealPqrId: appeal.id },
    });
    return updated;
  }
  const updated = await updateRow(ctx.tx, row.id, ctx.now, {
    status: to,
    outcome: outcome.kind === "voicemail" ? "voicemail" : "informed",
    closed_at: ctx.now,
  });
  await recordEvent(ctx, {
    ...common,
    action: outcome.kind === "voicemail" ? "adjustment_voicemail_left" : "adjustment_customer_informed",
    before: rowState(row),
    after: { ...rowState(updated), ...(voicemail ? { voicemail: voicemail.text, reference: voicemail.reference } : {}) },
  });
  return updated;
}
