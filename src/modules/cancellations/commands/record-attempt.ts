import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { caseFacts, decidedCatalog, lockCase, stepFacts } from "../case/guard.js";
import { cancellationCaseProcedure } from "../case/procedure.js";
import { saveCase } from "../case/repo.js";
import { insertAttempt } from "../case/repo-history.js";
import { type AttemptResult, attemptRefusal, decideAttempt } from "../case/rules.js";
import { rearmCallbackRelease } from "../case/schedule.js";
import { readCampaignCatalog } from "../catalog/campaign-catalog.js";
import { prepareDisposition } from "./prepare-disposition.js";
import { type WrittenDisposition, writeDisposition } from "./write-disposition.js";

export interface RecordAttemptInput {
  dialledNumber: string;
  result: AttemptResult;
  note?: string | null;
  expectedVersion: number;
}

export interface RecordedAttempt {
  attemptId: string;
  seq: number;
  outcome: ReturnType<typeof decideAttempt>["kind"];
  version: number;
  disposition: WrittenDisposition | null;
}

/**
 * Records one contact attempt (when, number dialled, result). Unanswered below the campaign's limit,
 * the case goes PENDIENTE / NO CONTESTA with the next attempt scheduled; unanswered at the limit it is
 * handed to level 1 (NO CONTESTA DERIVADO A N1, with its closing instruction) — both set by the system
 * in the same transaction. A finished case takes no more attempts: after a hand-off the refusal says so.
 */
export async function recordAttempt(caseId: string, input: RecordAttemptInput, ctx: CommandContext): Promise<RecordedAttempt> {
  const row = await lockCase(ctx, caseId, input.expectedVersion);
  const catalog = await readCampaignCatalog(ctx.tx, row.campaign);
  const refusal = attemptRefusal(catalog.content, caseFacts(row, await decidedCatalog(ctx, row)));
  if (refusal) throw new AppError("ILLEGAL_TRANSITION", refusal, { state: row.status });
  const outcome = decideAttempt(catalog.content, row.unanswered_attempts, input.result);
  requireStep(cancellationCaseProcedure, "record_attempt", {
    state: row.status,
    roles: ctx.actor.roles,
    facts: stepFacts(row, ctx.actor),
  });

  const seq = row.attempts + 1;
  const dialledNumber = input.dialledNumber.trim();
  const note = input.note?.trim() || null;
  const attemptId = await insertAttempt(ctx.tx, {
    caseId,
    seq,
    attemptedAt: ctx.now,
    dialledNumber,
    result: input.result,
    note,
    recordedBy: ctx.actor.userId,
  });
  await recordEvent(ctx, {
    subjectType: "complaint_case",
    subjectId: caseId,
    customerId: row.customer_id,
    action: "contact_attempt_recorded",
    after: { attemptId, seq, dialledNumber, result: input.result, unansweredAttempts: outcome.unanswered },
    reason: note,
  });
  const counters = { attempts: seq, unanswered_attempts: outcome.unanswered, last_attempt_at: ctx.now };

  if (outcome.kind === "none") {
    // Calling a case from the pool takes it.
    const holder = row.assigned_to ?? ctx.actor.userId;
    const assignedAt = row.assigned_to ? row.assigned_at : holder ? ctx.now : null;
    const version = await saveCase(
      ctx.tx,
      caseId,
      { ...row, ...counters, assigned_to: holder, assigned_at: assignedAt },
      ctx.now,
    );
    if (holder !== row.assigned_to) {
      await rearmCallbackRelease(ctx, row, holder, catalog.content.callbacks.returnToPoolAfterMinutes);
    }
    return { attemptId, seq, outcome: outcome.kind, version, disposition: null };
  }
  const prepared = await prepareDisposition(row, { stateCode: outcome.state, motiveCode: outcome.motive }, ctx, {
    automatic: true,
    attempt: outcome.unanswered,
    dialledNumber,
    catalog,
  });
  const disposition = await writeDisposition({ ...prepared, row, kind: "automatic", attempts: counters }, ctx);
  return { attemptId, seq, outcome: outcome.kind, version: disposition.version, disposition };
}
