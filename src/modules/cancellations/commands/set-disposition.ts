import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { caseFacts, decidedCatalog, lockCase } from "../case/guard.js";
import { dispositionRefusal } from "../case/rules.js";
import { type DispositionRequest, decideDisposition } from "./prepare-disposition.js";
import type { WrittenDisposition } from "./write-disposition.js";

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
  return decideDisposition(row, input, ctx, "set_disposition");
}
