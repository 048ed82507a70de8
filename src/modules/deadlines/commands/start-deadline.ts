import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { loadTenantCalendar } from "../../calendar/index.js";
import { type DeadlineRow, insertDeadline } from "../repo.js";
import { atRiskRatioProblem, DEFAULT_AT_RISK_RATIO, type DeadlineRule, deadlineRuleProblem, scheduleDeadline } from "../rules.js";
import { armDeadlineTimers } from "../schedule.js";

export interface StartDeadlineInput {
  /** What the deadline is about, in its module's words: "retention_case", "work_order", … */
  subjectType: string;
  subjectId: string;
  customerId?: string | null;
  /** What is due: "closing_action", "quality_control", "first_response", … */
  kind: string;
  rule: DeadlineRule;
  atRiskRatio?: number;
  /** When the request was received, if before now (an imported or late-registered request). */
  startedAt?: Date;
}

/**
 * Starts a deadline on a subject: computes its due and at-risk instants on the tenant's calendar,
 * records it on the timeline and arms its durable timers, all in the caller's transaction.
 */
export async function startDeadline(input: StartDeadlineInput, ctx: CommandContext): Promise<DeadlineRow> {
  const ruleProblem = deadlineRuleProblem(input.rule);
  if (ruleProblem) throw new AppError("VALIDATION_FAILED", ruleProblem, { field: "rule" });
  const atRiskRatio = input.atRiskRatio ?? DEFAULT_AT_RISK_RATIO;
  const ratioProblem = atRiskRatioProblem(atRiskRatio);
  if (ratioProblem) throw new AppError("VALIDATION_FAILED", ratioProblem, { field: "atRiskRatio" });
  const startedAt = input.startedAt ?? ctx.now;
  if (Number.isNaN(startedAt.getTime()) || startedAt > ctx.now) {
    throw new AppError("VALIDATION_FAILED", "La fecha de inicio del plazo no puede ser futura", { field: "startedAt" });
  }

  const calendar = await loadTenantCalendar(ctx.tx);
  const schedule = scheduleDeadline({ rule: input.rule, startedAt, pausedMs: 0, atRiskRatio }, calendar);
  const row = await insertDeadline(ctx.tx, ctx.actor.tenantId, {
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    customerId: input.customerId ?? null,
    kind: input.kind,
    rule: { amount: input.rule.amount, unit: input.rule.unit },
    measure: schedule.measure,
    atRiskRatio,
    startedAt,
    dueAt: schedule.dueAt,
    atRiskAt: schedule.atRiskAt,
    createdBy: ctx.actor.userId,
    now: ctx.now,
  });
  await recordEvent(ctx, {
    subjectType: "deadline",
    subjectId: row.id,
    customerId: row.customer_id,
    action: "deadline_started",
    after: {
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      kind: row.kind,
      rule: row.rule,
      measure: row.measure,
      startedAt: row.started_at,
      dueAt: row.due_at,
      atRiskAt: row.at_risk_at,
    },
  });
  await armDeadlineTimers(ctx, row);
  return row;
}
