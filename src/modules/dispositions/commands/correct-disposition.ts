import { AppError } from "../../../server/errors.js";
import { findLiveInstruction } from "../../closings/repo.js";
import type { CommandContext } from "../../shared/context.js";
import { requireStep } from "../../shared/require-step.js";
import { lockCase, stepFacts } from "../case-guard.js";
import { prepareDisposition } from "../prepare-disposition.js";
import { complaintCaseProcedure } from "../procedure.js";
import { correctionRefusal, statusAfter } from "../rules.js";
import { type WrittenDisposition, writeDisposition } from "../write-disposition.js";
import type { SetDispositionInput } from "./set-disposition.js";

/**
 * Corrects a case's disposition while its closing instruction has not been sent: every consequence is
 * recomputed (the old instruction superseded and its deadline cancelled, a new note, instruction and
 * deadline, or a callback), and both versions stay in the history and on the timeline.
 */
export async function correctDisposition(
  caseId: string,
  input: SetDispositionInput,
  ctx: CommandContext,
): Promise<WrittenDisposition> {
  const row = await lockCase(ctx, caseId, input.expectedVersion);
  const live = await findLiveInstruction(ctx.tx, caseId);
  const refusal = correctionRefusal({
    hasDisposition: row.current_disposition_id !== null,
    instructionStatus: live?.status ?? null,
  });
  if (refusal) throw new AppError("ILLEGAL_TRANSITION", refusal, { state: row.status });
  const prepared = await prepareDisposition(row, input, ctx);
  requireStep(complaintCaseProcedure, "correct_disposition", {
    state: row.status,
    roles: ctx.actor.roles,
    facts: stepFacts(row, ctx, statusAfter(prepared.state)),
  });
  return writeDisposition({ ...prepared, row, kind: "correction" }, ctx);
}
