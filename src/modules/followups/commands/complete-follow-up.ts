import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import type { TimelineAction } from "../../../platform/timeline/actions.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findCurrentTenant } from "../../tenants/index.js";
import { FOLLOW_UP_PROCEDURE, type FollowUpKind } from "../procedure.js";
import { type FollowUpRow, findFollowUp, markFollowUpDone, measureFollowUp } from "../repo.js";
import { answersProblem, type FollowUpAnswers, followUpOutcome } from "../rules.js";

/** The event a done follow-up leaves on its retention case. */
const DONE_ON_CASE: Record<FollowUpKind, TimelineAction> = {
  quality_control: "quality_control_done",
  repeated_damage_check: "repeated_damage_check_done",
  promotion_ending: "promotion_ending_done",
};

/**
 * Records a follow-up's outcome, by its team, once it is due: the team's answers and, for product
 * follow-ups, what the system measured at that moment (whether the customer is still a customer,
 * whether new claims came in on the product since the service).
 */
export async function completeFollowUp(id: string, answers: FollowUpAnswers, ctx: CommandContext): Promise<FollowUpRow> {
  const row = await findFollowUp(ctx.tx, id, { forUpdate: true });
  if (!row) throw new AppError("NOT_FOUND", "Seguimiento no encontrado");
  requireStep(FOLLOW_UP_PROCEDURE, row.kind, {
    state: row.status,
    roles: ctx.actor.roles,
    facts: {
      now: ctx.now,
      dueAt: row.due_at,
      timezone: (await findCurrentTenant(ctx.tx))!.timezone,
      answersProblem: answersProblem(row.kind, answers),
    },
  });
  const measured = row.product_id ? await measureFollowUp(ctx.tx, row) : null;
  const outcome = followUpOutcome(
    row.kind,
    answers,
    measured ? { stillCustomer: measured.still_customer, newClaimCodes: measured.new_claim_codes } : null,
  );
  const saved = await markFollowUpDone(ctx.tx, id, { outcome, userId: ctx.actor.userId, now: ctx.now });
  await recordEvent(ctx, {
    subjectType: "follow_up",
    subjectId: id,
    customerId: row.customer_id,
    action: "follow_up_done",
    before: { status: row.status },
    after: { kind: row.kind, status: saved.status, outcome },
    reason: answers.note?.trim() || null,
  });
  if (row.case_id) {
    await recordEvent(ctx, {
      subjectType: "retention_case",
      subjectId: row.case_id,
      customerId: row.customer_id,
      action: DONE_ON_CASE[row.kind],
      after: { followUpId: id, outcome },
    });
  }
  return saved;
}
