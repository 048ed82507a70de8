import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { cancelDeadline, decideTransition, findDeadline } from "../../deadlines/index.js";
import { findLiveInstruction, type InstructionRow } from "../queries.js";
import { markSuperseded } from "../repo.js";
import { sendRefusal } from "../rules.js";

/**
 * Withdraws a case's live instruction because its disposition is being corrected: it stays in the
 * history as superseded, and its deadline is cancelled (a deadline already breached stays breached).
 * An instruction already sent cannot be withdrawn.
 */
export async function supersedeClosingInstruction(caseId: string, ctx: CommandContext): Promise<InstructionRow | null> {
  const live = await findLiveInstruction(ctx.tx, caseId, true);
  if (!live) return null;
  const refusal = sendRefusal(live.status);
  if (refusal) throw new AppError("CONFLICT", `No se puede corregir: ${refusal.charAt(0).toLowerCase()}${refusal.slice(1)}`);
  await markSuperseded(ctx.tx, live.id, ctx.now);
  const deadline = await findDeadline(ctx.tx, live.deadline_id, { forUpdate: true });
  if (
    deadline &&
    decideTransition("cancel", { status: deadline.status, dueAt: deadline.due_at, metAt: deadline.met_at }, ctx.now).allowed
  ) {
    await cancelDeadline(deadline.id, { reason: "Tipificación corregida" }, ctx);
  }
  await recordEvent(ctx, {
    subjectType: "complaint_case",
    subjectId: caseId,
    customerId: live.customer_id,
    action: "closing_instruction_superseded",
    before: {
      instructionId: live.id,
      instructionVersion: live.instruction_version,
      action: live.action,
      dueAt: live.due_at,
      note: live.note,
    },
    after: { status: "superseded" },
  });
  return live;
}
