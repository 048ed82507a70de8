import type { CommandContext } from "../../../platform/context.js";
import { cancelTimer, scheduleTimer } from "../../../platform/timers/timers.js";
import { requireCampaign } from "../catalog/campaign-catalog.js";
import type { CaseRow } from "./repo.js";

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

/**
 * Arms (or moves) the release of a kept callback: `returnMinutes` after it comes due, or after now when
 * it is already due (a new keeper gets the campaign's full time to call).
 */
export async function armCallbackRelease(
  ctx: CommandContext,
  input: { caseId: string; keeper: string; nextContactAt: Date; returnMinutes: number },
): Promise<void> {
  const from = Math.max(input.nextContactAt.getTime(), ctx.now.getTime());
  const payload: CallbackReleasePayload = {
    caseId: input.caseId,
    keeper: input.keeper,
    nextContactAt: input.nextContactAt.toISOString(),
  };
  await scheduleTimer(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    key: callbackReleaseKey(input.caseId),
    runAt: new Date(from + input.returnMinutes * 60_000),
    task: CALLBACK_RELEASE_TASK,
    payload,
  });
}

export async function disarmCallbackRelease(ctx: CommandContext, caseId: string): Promise<void> {
  await cancelTimer(ctx.tx, callbackReleaseKey(caseId));
}

/**
 * A pending case changed holder (taken, assigned, dealt, called from the pool): the release of its kept
 * callback now names the new holder — the same per-case key, so the old keeper's timer is replaced —
 * and a case handed back to the pool has nothing to release. Other cases are left alone.
 * `returnMinutes` when the caller has the campaign's settings at hand; read otherwise.
 */
export async function rearmCallbackRelease(
  ctx: CommandContext,
  held: Pick<CaseRow, "id" | "campaign" | "status" | "next_contact_at">,
  holder: string | null,
  returnMinutes?: number,
): Promise<void> {
  if (held.status !== "pending" || held.next_contact_at === null) return;
  if (holder === null) return disarmCallbackRelease(ctx, held.id);
  await armCallbackRelease(ctx, {
    caseId: held.id,
    keeper: holder,
    nextContactAt: held.next_contact_at,
    returnMinutes: returnMinutes ?? (await requireCampaign(ctx.tx, held.campaign)).returnToPoolAfterMinutes,
  });
}
