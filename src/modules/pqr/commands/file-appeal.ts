import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { checkFiles, storeFiles } from "../files.js";
import { NO_PQR_FACTS, PQR_PROCEDURE } from "../procedure.js";
import { countPqrFiles } from "../queries.js";
import { type AppealRow, insertAppeal } from "../repo.js";
import { appealWindowProblem, type EvidenceFile, PQR_CHANNELS, type PqrChannel, reconsiderationClock } from "../rules.js";
import { armClockTimers, disarmAppealWindowEnd } from "../schedule.js";
import { loadPqrForStep, savePqr } from "./load-pqr.js";

export interface FileAppealInput {
  pqrId: string;
  /** reconsideration: recurso de reposición; with_subsidiary: reposición y en subsidio apelación (to the SIC). */
  kind: "reconsideration" | "with_subsidiary";
  /** Why the customer does not accept the answer. */
  grounds: string;
  filingChannel: PqrChannel;
  evidence?: readonly EvidenceFile[];
  /** Where it was filed from ("advisor", "adjustments", …) and the caller's own reference. */
  origin?: string;
  originReference?: string | null;
  /** When it was received, if before now; defaults to now. */
  filedAt?: Date;
}

export interface FiledAppeal {
  appealId: string;
  pqrId: string;
  /** The PQR's CUN: the same through every appeal. */
  cun: string;
  status: "appeal_filed";
  /** The last day the operator's decision on the reposición is on time. */
  dueOn: string;
  appeal: AppealRow;
}

/**
 * Files a recurso de reposición (optionally with the subsidiary appeal) against a PQR's notified answer,
 * within the appeal window counted in business days from the notification (seed 004 step 7). Starts the
 * decision clock; the CUN stays the PQR's. Refused, with nothing changed, when the PQR has no notified
 * answer, already has an appeal, or the window has ended.
 */
export async function fileAppeal(input: FileAppealInput, ctx: CommandContext): Promise<FiledAppeal> {
  const { pqr, clock, state } = await loadPqrForStep(ctx, input.pqrId);
  const filedAt = input.filedAt ?? ctx.now;
  if (Number.isNaN(filedAt.getTime()) || filedAt > ctx.now) {
    throw new AppError("VALIDATION_FAILED", "La fecha del recurso no puede ser futura", { field: "filedAt" });
  }
  requireStep(PQR_PROCEDURE, "file_appeal", {
    state,
    roles: ctx.actor.roles,
    facts: {
      ...NO_PQR_FACTS,
      appealWindowProblem: appealWindowProblem(filedAt, pqr.appeal_window_ends_on, clock.calendar, clock.legal),
    },
  });
  if (input.kind !== "reconsideration" && input.kind !== "with_subsidiary") {
    throw new AppError("VALIDATION_FAILED", "El recurso es de reposición, o de reposición y en subsidio apelación", {
      field: "kind",
    });
  }
  if (!input.grounds?.trim()) throw new AppError("VALIDATION_FAILED", "Indique los motivos del recurso", { field: "grounds" });
  if (!(PQR_CHANNELS as readonly string[]).includes(input.filingChannel)) {
    throw new AppError("VALIDATION_FAILED", `Canal de radicación desconocido: ${input.filingChannel}`, {
      field: "filingChannel",
    });
  }
  const evidence = input.evidence ?? [];
  checkFiles(evidence, clock.clocks.evidence, await countPqrFiles(ctx.tx, pqr.id, ["evidence", "appeal_evidence"]), "evidence");

  const dates = reconsiderationClock(filedAt, clock.clocks, clock.calendar, clock.legal);
  const appeal = await insertAppeal(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    pqrId: pqr.id,
    kind: input.kind,
    grounds: input.grounds.trim(),
    filingChannel: input.filingChannel,
    origin: input.origin ?? "advisor",
    originReference: input.originReference ?? null,
    filedBy: ctx.actor.userId,
    filedAt,
    receivedOn: dates.receivedOn,
    dueOn: dates.dueOn,
    atRiskOn: dates.atRiskOn,
    now: ctx.now,
  });
  const saved = await savePqr(ctx, pqr, { status: "appeal_filed", atRiskAlertedAt: null });
  const files = await storeFiles(ctx, pqr.id, "appeal_evidence", evidence);
  await disarmAppealWindowEnd(ctx, pqr.id);
  await armClockTimers(ctx, { pqrId: pqr.id, stage: "reconsideration", dueOn: appeal.due_on }, dates);
  await recordEvent(ctx, {
    subjectType: "pqr",
    subjectId: pqr.id,
    customerId: pqr.customer_id,
    action: "pqr_appeal_filed",
    before: { status: pqr.status },
    after: {
      status: saved.status,
      cun: saved.cun,
      kind: appeal.kind,
      grounds: appeal.grounds,
      origin: appeal.origin,
      receivedOn: appeal.received_on,
      dueOn: appeal.due_on,
      appealWindowEndsOn: pqr.appeal_window_ends_on,
      evidence: files.map((f) => ({ fileName: f.file_name, mediaType: f.media_type, sizeBytes: f.size_bytes })),
    },
  });
  return { appealId: appeal.id, pqrId: pqr.id, cun: saved.cun, status: "appeal_filed", dueOn: appeal.due_on, appeal };
}
