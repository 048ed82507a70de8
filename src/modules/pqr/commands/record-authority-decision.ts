import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { checkFiles, storeFiles } from "../files.js";
import { NO_PQR_FACTS, PQR_PROCEDURE } from "../procedure.js";
import { countPqrFiles, findAppeal } from "../queries.js";
import { type AppealRow, type PqrRow, updateAppeal } from "../repo.js";
import { type EvidenceFile, localDateOf } from "../rules.js";
import { loadPqrForStep, savePqr } from "./load-pqr.js";

export const AUTHORITY_DECISIONS = ["confirmed", "revoked", "modified"] as const;

export interface RecordAuthorityDecisionInput {
  pqrId: string;
  /** confirmed: the operator's decision stands; revoked / modified: the authority changed it. */
  decision: (typeof AUTHORITY_DECISIONS)[number];
  decisionText: string;
  /** The date of the authority's resolution (YYYY-MM-DD). */
  decidedOn: string;
  authorityReference?: string | null;
  decisionFile?: EvidenceFile | null;
}

/** Records the authority's decision on the subsidiary appeal: the last step of the PQR. */
export async function recordAuthorityDecision(
  input: RecordAuthorityDecisionInput,
  ctx: CommandContext,
): Promise<{ pqr: PqrRow; appeal: AppealRow }> {
  const { pqr, clock, state } = await loadPqrForStep(ctx, input.pqrId);
  requireStep(PQR_PROCEDURE, "record_authority_decision", { state, roles: ctx.actor.roles, facts: NO_PQR_FACTS });
  const appeal = await findAppeal(ctx.tx, pqr.id);
  if (!appeal?.forwarded_at) throw new AppError("CONFLICT", "El expediente no se ha enviado a la autoridad");
  if (!AUTHORITY_DECISIONS.includes(input.decision)) {
    throw new AppError("VALIDATION_FAILED", "La decisión de la autoridad confirma, revoca o modifica la del operador", {
      field: "decision",
    });
  }
  if (!input.decisionText?.trim()) {
    throw new AppError("VALIDATION_FAILED", "Resuma la decisión de la autoridad", { field: "decisionText" });
  }
  const forwardedOn = localDateOf(appeal.forwarded_at, clock.timezone);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(input.decidedOn) ||
    input.decidedOn < forwardedOn ||
    input.decidedOn > localDateOf(ctx.now, clock.timezone)
  ) {
    throw new AppError("VALIDATION_FAILED", "La fecha de la decisión debe estar entre el envío del expediente y hoy", {
      field: "decidedOn",
    });
  }
  const files = input.decisionFile ? [input.decisionFile] : [];
  checkFiles(files, clock.clocks.evidence, await countPqrFiles(ctx.tx, pqr.id, ["authority_decision"]), "decisionFile");
  const savedAppeal = await updateAppeal(
    ctx.tx,
    appeal.id,
    {
      authorityDecision: input.decision,
      authorityDecisionText: input.decisionText.trim(),
      authorityDecidedOn: input.decidedOn,
      authorityRecordedBy: ctx.actor.userId,
      authorityRecordedAt: ctx.now,
      ...(input.authorityReference?.trim() ? { authorityReference: input.authorityReference.trim() } : {}),
    },
    ctx.now,
  );
  const saved = await savePqr(ctx, pqr, { status: "authority_decided" });
  await storeFiles(ctx, pqr.id, "authority_decision", files);
  await recordEvent(ctx, {
    subjectType: "pqr",
    subjectId: pqr.id,
    customerId: pqr.customer_id,
    action: "pqr_authority_decided",
    before: { status: pqr.status },
    after: {
      status: saved.status,
      authority: appeal.authority,
      decision: input.decision,
      decidedOn: input.decidedOn,
      authorityReference: savedAppeal.authority_reference,
    },
    reason: savedAppeal.authority_decision_text,
  });
  return { pqr: saved, appeal: savedAppeal };
}
