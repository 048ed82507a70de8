import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { enqueueOutbound } from "../../integrations/index.js";
import { readCauses } from "../catalog.js";
import { openEscalationPqr } from "../pqr-link.js";
import { adjustmentRowProcedure } from "../procedure.js";
import { type AdjustmentRowRecord, updateRow } from "../repo.js";
import { findCause, validateAgainstPolicy } from "../rules.js";
import { loadRow, requireResponseTarget, rowState } from "./load-row.js";

export interface ValidateRowInput {
  rowId: string;
  /** Evidence codes the validator found beyond those the base lists. */
  evidenceChecked?: string[];
  note?: string;
}

/** The message the adjustments back office receives for a row (through the billing adapter: DIME). */
export async function sendToBackoffice(ctx: CommandContext, row: AdjustmentRowRecord, reescalation: number, note: string | null) {
  const { message } = await enqueueOutbound(
    {
      adapter: "billing",
      operation: "adjustment.request",
      idempotencyKey: `adjustment:${row.id}:request:${reescalation}`,
      subjectType: "adjustment_row",
      subjectId: row.id,
      customerId: row.customer_id,
      payload: {
        cutDate: row.cut_date,
        filingNumber: row.filing_number,
        cause: row.cause_code,
        requestedAmount: Number(row.requested_amount),
        evidence: row.evidence,
        reescalation,
        note,
      },
    },
    ctx,
  );
  return message;
}

/**
 * Seed 004 steps 2–3: the row's cause checked against the policy of the causes catalog. Evidence missing →
 * escalated to the PQR area's queue with a PQR opened; otherwise sent to the adjustments back office.
 */
export async function validateAdjustmentRow(input: ValidateRowInput, ctx: CommandContext) {
  const row = await loadRow(ctx, input.rowId);
  const catalog = await readCauses(ctx.tx);
  const cause = findCause(catalog.content, row.cause_code);
  if (typeof cause === "string") throw new AppError("STEP_NOT_ALLOWED", cause, { field: "cause" });
  const known = new Set(catalog.content.evidence.map((e) => e.code));
  const unknown = (input.evidenceChecked ?? []).filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw new AppError("VALIDATION_FAILED", `El soporte «${unknown[0]}» no está en el catálogo de causales`, {
      field: "evidenceChecked",
    });
  }
  const labels = new Map(catalog.content.evidence.map((e) => [e.code, e.label]));
  const outcome = validateAgainstPolicy(cause, row.evidence, input.evidenceChecked ?? [], labels);
  const to = requireStep(adjustmentRowProcedure, "validate", {
    state: row.status,
    roles: ctx.actor.roles,
    facts: { status: row.status, route: outcome.route },
  });
  const before = rowState(row);
  if (outcome.route === "pqr") {
    const pqr = await openEscalationPqr(ctx, {
      customerId: row.customer_id,
      respondTo: await requireResponseTarget(ctx, row.id),
      rowId: row.id,
      queue: catalog.content.pqrQueue,
      filingNumber: row.filing_number,
      causeCode: cause.code,
      causeName: cause.name,
      requestedAmount: Number(row.requested_amount),
      missingEvidence: outcome.missingEvidence,
      reason: outcome.reason,
    });
    const updated = await updateRow(ctx.tx, row.id, ctx.now, {
      status: to,
      missing_evidence: outcome.missingEvidence,
      pqr_id: pqr.id,
      pqr_cun: pqr.cun,
      outcome: "escalated_pqr",
      catalog_version: catalog.version,
      validated_by: ctx.actor.userId,
      validated_at: ctx.now,
      closed_at: ctx.now,
    });
    await recordEvent(ctx, {
      subjectType: "adjustment_row",
      subjectId: row.id,
      customerId: row.customer_id,
      action: "adjustment_escalated_pqr",
      before,
      after: { ...rowState(updated), queue: catalog.content.pqrQueue, missingEvidence: outcome.missingEvidence, pqrId: pqr.id },
      reason: outcome.reason,
    });
    return updated;
  }
  const message = await sendToBackoffice(ctx, row, 0, input.note ?? null);
  const updated = await updateRow(ctx.tx, row.id, ctx.now, {
    status: to,
    missing_evidence: [],
    catalog_version: catalog.version,
    validated_by: ctx.actor.userId,
    validated_at: ctx.now,
  });
  await recordEvent(ctx, {
    subjectType: "adjustment_row",
    subjectId: row.id,
    customerId: row.customer_id,
    action: "adjustment_sent_to_backoffice",
    before,
    after: { ...rowState(updated), messageId: message.id, evidenceChecked: input.evidenceChecked ?? [] },
    reason: input.note ?? null,
  });
  return updated;
}
