import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { checkFiles, storeFiles } from "../files.js";
import { NO_PQR_FACTS, PQR_PROCEDURE } from "../procedure.js";
import { countPqrFiles, findAppeal } from "../queries.js";
import { type AppealRow, type PqrRow, updateAppeal } from "../repo.js";
import type { EvidenceFile } from "../rules.js";
import { disarmClockTimers } from "../schedule.js";
import { lateProblem } from "./answer-pqr.js";
import { loadPqrForStep, savePqr } from "./load-pqr.js";

export const RECONSIDERATION_DECISIONS = ["reversed", "partially_reversed", "upheld"] as const;

export interface DecideReconsiderationInput {
  pqrId: string;
  /** reversed: the operator grants the appeal; partially_reversed / upheld: the answer stands (in part). */
  decision: (typeof RECONSIDERATION_DECISIONS)[number];
  decisionText: string;
  decisionFile?: EvidenceFile | null;
}

/**
 * The operator decides the recurso de reposición within its clock. Reversed, or without a subsidiary appeal,
 * the PQR closes; otherwise the file waits to be forwarded to the authority.
 */
export async function decideReconsideration(
  input: DecideReconsiderationInput,
  ctx: CommandContext,
): Promise<{ pqr: PqrRow; appeal: AppealRow }> {
  const { pqr, clock, state } = await loadPqrForStep(ctx, input.pqrId);
  const appeal = await findAppeal(ctx.tx, pqr.id);
  const decision = RECONSIDERATION_DECISIONS.includes(input.decision) ? input.decision : null;
  const to = requireStep(PQR_PROCEDURE, "decide_reconsideration", {
    state,
    roles: ctx.actor.roles,
    facts: {
      ...NO_PQR_FACTS,
      lateProblem: appeal ? lateProblem(ctx.now, appeal.due_on, clock.timezone, "decidir el recurso") : null,
      decision,
      hasSubsidiaryAppeal: appeal?.kind === "with_subsidiary",
    },
  });
  if (!appeal) throw new AppError("CONFLICT", "La PQR no tiene un recurso interpuesto");
  if (!input.decisionText?.trim()) {
    throw new AppError("VALIDATION_FAILED", "Escriba la decisión del recurso", { field: "decisionText" });
  }
  const files = input.decisionFile ? [input.decisionFile] : [];
  checkFiles(files, clock.clocks.evidence, await countPqrFiles(ctx.tx, pqr.id, ["answer"]), "decisionFile");
  const savedAppeal = await updateAppeal(
    ctx.tx,
    appeal.id,
    { decision: decision!, decisionText: input.decisionText.trim(), decidedBy: ctx.actor.userId, decidedAt: ctx.now },
    ctx.now,
  );
  const saved = await savePqr(ctx, pqr, { status: to });
  await storeFiles(ctx, pqr.id, "answer", files);
  await disarmClockTimers(ctx, pqr.id);
  await recordEvent(ctx, {
    subjectType: "pqr",
    subjectId: pqr.id,
    customerId: pqr.customer_id,
    action: "pqr_reconsideration_decided",
    before: { status: pqr.status },
    after: { status: saved.status, decision, decisionText: savedAppeal.decision_text, appealDueOn: appeal.due_on },
  });
  return { pqr: saved, appeal: savedAppeal };
}
