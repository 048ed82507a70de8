import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { findLiveInstruction } from "../../closings/index.js";
import { lockCase } from "../case/guard.js";
import { correctionRefusal } from "../case/rules.js";
import { decideDisposition } from "./prepare-disposition.js";
import type { SetDispositionInput } from "./set-disposition.js";
import type { WrittenDisposition } from "./write-disposition.js";

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
  return decideDisposition(row, input, ctx, "correct_disposition");
}
