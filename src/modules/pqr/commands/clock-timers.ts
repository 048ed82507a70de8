import type { CommandContext } from "../../../platform/context.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { publish } from "../../../platform/realtime.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { startDeadline } from "../../deadlines/index.js";
import { NO_PQR_FACTS, PQR_PROCEDURE } from "../procedure.js";
import { findAppeal, findPqr } from "../queries.js";
import type { PqrRow } from "../repo.js";
import { isPastDue } from "../rules.js";
import type { ClockStage, PqrTimerPayload } from "../schedule.js";
import { loadPqrForStep, savePqr } from "./load-pqr.js";

const STAGE_STATUS: Record<ClockStage, string> = { answer: "filed", reconsideration: "appeal_filed" };

/** The running clock's due day for the timer's stage, or null when that clock is no longer running. */
async function runningDueOn(ctx: CommandContext, pqr: PqrRow, stage: ClockStage): Promise<string | null> {
  if (pqr.status !== STAGE_STATUS[stage]) return null;
  if (stage === "answer") return pqr.due_on;
  return (await findAppeal(ctx.tx, pqr.id))?.due_on ?? null;
}

/**
 * Timer: the at-risk alert of a running clock, N business days before its due day (once per clock). Does
 * nothing when the clock stopped or moved meanwhile.
 */
export async function alertPqrAtRisk(payload: PqrTimerPayload, ctx: CommandContext): Promise<boolean> {
  const current = await findPqr(ctx.tx, payload.pqrId);
  if (!current) return false;
  const { pqr } = await loadPqrForStep(ctx, payload.pqrId);
  if ((await runningDueOn(ctx, pqr, payload.stage)) !== payload.dueOn || pqr.at_risk_alerted_at) return false;
  const saved = await savePqr(ctx, pqr, { atRiskAlertedAt: ctx.now });
  await recordEvent(ctx, {
    subjectType: "pqr",
    subjectId: pqr.id,
    customerId: pqr.customer_id,
    action: "pqr_at_risk",
    after: { status: saved.status, stage: payload.stage, dueOn: payload.dueOn, cun: pqr.cun },
  });
  await publish(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    type: "pqr.at_risk",
    data: { id: pqr.id, cun: pqr.cun, stage: payload.stage, dueOn: payload.dueOn },
  });
  return true;
}

/**
 * Timer: the clock ran out with no answer (or no decision on the reposición). The PQR is flagged as positive
 * administrative silence and a "conceder lo pedido" task starts, due within the catalog's hours (72 in CO),
 * as a deadline of the PQR on the clock.
 */
export async function flagPqrSilence(payload: PqrTimerPayload, ctx: CommandContext): Promise<boolean> {
  const current = await findPqr(ctx.tx, payload.pqrId);
  if (!current) return false;
  const { pqr, clock, state } = await loadPqrForStep(ctx, payload.pqrId);
  const dueOn = await runningDueOn(ctx, pqr, payload.stage);
  if (dueOn !== payload.dueOn) return false;
  const pastDue = isPastDue(ctx.now, dueOn, clock.timezone);
  if (!pastDue) return false;
  requireStep(PQR_PROCEDURE, "flag_silence", { state, roles: ctx.actor.roles, facts: { ...NO_PQR_FACTS, isPastDue: pastDue } });
  const task = await startDeadline(
    {
      subjectType: "pqr",
      subjectId: pqr.id,
      customerId: pqr.customer_id,
      kind: "grant_request",
      rule: { amount: clock.clocks.silenceGrantHours, unit: "hours" },
    },
    ctx,
  );
  const saved = await savePqr(ctx, pqr, {
    status: "silence",
    silenceAt: ctx.now,
    silenceStage: payload.stage,
    grantDeadlineId: task.id,
  });
  await recordEvent(ctx, {
    subjectType: "pqr",
    subjectId: pqr.id,
    customerId: pqr.customer_id,
    action: "pqr_silence_flagged",
    before: { status: pqr.status },
    after: {
      status: saved.status,
      stage: payload.stage,
      dueOn,
      grantDueAt: task.due_at,
      grantHours: clock.clocks.silenceGrantHours,
      basis: clock.clocks.basis,
    },
  });
  await publish(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    type: "pqr.silence",
    data: { id: pqr.id, cun: pqr.cun, stage: payload.stage, dueOn, grantDueAt: task.due_at },
  });
  return true;
}

/** Timer: the appeal window ended with no recurso; the PQR closes. */
export async function closePqrAppealWindow(payload: { pqrId: string; endsOn: string }, ctx: CommandContext): Promise<boolean> {
  const current = await findPqr(ctx.tx, payload.pqrId);
  if (current?.status !== "answered" || current.appeal_window_ends_on !== payload.endsOn) return false;
  const { pqr, clock, state } = await loadPqrForStep(ctx, payload.pqrId);
  if (!isPastDue(ctx.now, payload.endsOn, clock.timezone)) return false;
  requireStep(PQR_PROCEDURE, "close_appeal_window", { state, roles: ctx.actor.roles, facts: NO_PQR_FACTS });
  const saved = await savePqr(ctx, pqr, { status: "closed" });
  await recordEvent(ctx, {
    subjectType: "pqr",
    subjectId: pqr.id,
    customerId: pqr.customer_id,
    action: "pqr_closed",
    before: { status: pqr.status },
    after: { status: saved.status, appealWindowEndsOn: payload.endsOn },
  });
  return true;
}
