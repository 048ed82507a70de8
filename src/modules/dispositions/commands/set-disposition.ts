import { AppError } from "../../../server/errors.js";
import type { CommandContext } from "../../shared/context.js";
import { requireStep } from "../../shared/require-step.js";
import { caseFacts, decidedCatalog, lockCase, stepFacts } from "../case-guard.js";
import { type DispositionRequest, prepareDisposition } from "../prepare-disposition.js";
import { complaintCaseProcedure } from "../procedure.js";
import { dispositionRefusal, statusAfter } from "../rules.js";
import { type WrittenDisposition, writeDisposition } from "../write-disposition.js";

export interface SetDispositionInput extends DispositionRequest {
  /** The case version the advisor saw: a concurrent change is a conflict, not an overwrite. */
  expectedVersion: number;
}

/**
 * Sets the state and motive of an open or pending case: the note from the motive's template (as the
 * advisor edited it), then, for a final state, the closing instruction; for an intermediate one, the
 * callback. A finished case is refused (that is a correction); nothing is written on any refusal.
 */
export async function setDisposition(
  caseId: string,
  input: SetDispositionInput,
  ctx: CommandContext,
): Promise<WrittenDisposition> {
  const row = await lockCase(ctx, caseId, input.expectedVersion);
  const refusal = dispositionRefusal(caseFacts(row, await decidedCatalog(ctx, row)));
  if (refusal) throw new AppError("ILLEGAL_TRANSITION", refusal, { state: row.status });
  const prepared = await prepareDisposition(row, input, ctx);
  requireStep(complaintCaseProcedure, "set_disposition", {
    state: row.status,
    roles: ctx.actor.roles,
    facts: stepFacts(row, ctx, statusAfter(prepared.state)),
  });
  return writeDisposition({ ...prepared, row, kind: "manual" }, ctx);
}
