import { cancelTimer, scheduleTimer } from "../../jobs/timers.js";
import type { CommandContext } from "../shared/context.js";

/** The durable timer that returns a kept callback to the campaign's pool when its advisor does not take it. */
export const CALLBACK_RELEASE_TASK = "complaint_case.callback_release";

export interface CallbackReleasePayload {
  caseId: string;
  /** The advisor who kept the callback. */
  keeper: string;
  /** The callback it is about: a later disposition moves or cancels it. */
  nextContactAt: string;
}

export const callbackReleaseKey = (caseId: string) => `complaint_case:${caseId}:callback_release`;

/** Arms (or moves) the release of a kept callback: `returnMinutes` after it comes due. */
export async function armCallbackRelease(
  ctx: CommandContext,
  input: { caseId: string; keeper: string; nextContactAt: Date; returnMinutes: number },
): Promise<void> {
  const payload: CallbackReleasePayload = {
    caseId: input.caseId,
    keeper: input.keeper,
    nextContactAt: input.nextContactAt.toISOString(),
  };
  await scheduleTimer(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    key: callbackReleaseKey(input.caseId),
    runAt: new Date(input.nextContactAt.getTime() + input.returnMinutes * 60_000),
    task: CALLBACK_RELEASE_TASK,
    payload,
  });
}

export async function disarmCallbackRelease(ctx: CommandContext, caseId: string): Promise<void> {
  await cancelTimer(ctx.tx, callbackReleaseKey(caseId));
}
