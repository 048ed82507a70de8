import type { CommandContext } from "../../platform/context.js";
import { cancelTimer, scheduleTimer } from "../../platform/timers/timers.js";

export const PQR_AT_RISK_TASK = "pqr.at_risk";
export const PQR_SILENCE_TASK = "pqr.silence";
export const PQR_APPEAL_WINDOW_TASK = "pqr.appeal_window_end";

/** Which clock a timer belongs to: the answer's, or the reposición decision's. */
export type ClockStage = "answer" | "reconsideration";

export interface PqrTimerPayload {
  pqrId: string;
  stage: ClockStage;
  /** The due day the timer was armed for: a timer of a moved or finished clock does nothing. */
  dueOn: string;
}

const key = (pqrId: string, what: string) => `pqr:${pqrId}:${what}`;

/** Arms the at-risk alert and the silence check of a running clock (moving any earlier ones). */
export async function armClockTimers(
  ctx: CommandContext,
  payload: PqrTimerPayload,
  instants: { atRiskAt: Date; silenceAt: Date },
): Promise<void> {
  const tenantId = ctx.actor.tenantId;
  await scheduleTimer(ctx.tx, {
    tenantId,
    key: key(payload.pqrId, "at_risk"),
    runAt: instants.atRiskAt,
    task: PQR_AT_RISK_TASK,
    payload,
  });
  await scheduleTimer(ctx.tx, {
    tenantId,
    key: key(payload.pqrId, "silence"),
    runAt: instants.silenceAt,
    task: PQR_SILENCE_TASK,
    payload,
  });
}

/** Disarms a clock that stopped (answered, decided, desisted). */
export async function disarmClockTimers(ctx: CommandContext, pqrId: string): Promise<void> {
  await cancelTimer(ctx.tx, key(pqrId, "at_risk"));
  await cancelTimer(ctx.tx, key(pqrId, "silence"));
}

/** Arms the end of the appeal window: with no recurso by then, the PQR closes. */
export async function armAppealWindowEnd(ctx: CommandContext, pqrId: string, endsOn: string, runAt: Date): Promise<void> {
  await scheduleTimer(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    key: key(pqrId, "appeal_window"),
    runAt,
    task: PQR_APPEAL_WINDOW_TASK,
    payload: { pqrId, endsOn },
  });
}

export async function disarmAppealWindowEnd(ctx: CommandContext, pqrId: string): Promise<void> {
  await cancelTimer(ctx.tx, key(pqrId, "appeal_window"));
}
