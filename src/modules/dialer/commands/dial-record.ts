import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { findOutboundCampaign, lockContactRecord } from "../../contactlists/index.js";
import { type DialerEngine, noActions, type PortActions } from "../engine.js";
import { readDialerSettings } from "../kinds.js";
import { lockAgent, removeFromHopper } from "../repo.js";
import { previewDialProblem } from "../rules.js";

export interface DialRecordResult {
  placed: boolean;
  callId: string | null;
  /** The contact-policy rule that refused every phone of the record (logged like any refused attempt). */
  rule: string | null;
  message: string | null;
}

/**
 * Preview mode: the advisor dials the record they chose (or their own due callback in any mode). The contact policy
 * is checked first as for any attempt; the call is the advisor's from the first ring and comes to them on answer.
 * A record another advisor or the dialer took first is refused (the record's row lock and its status decide).
 */
export async function dialRecord(
  input: { recordId: string },
  ctx: CommandContext,
  engine: DialerEngine,
): Promise<{ result: DialRecordResult; actions: PortActions }> {
  const { tx, now } = ctx;
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError("FORBIDDEN", "Solo un asesor con sesión puede marcar");
  const record = await lockContactRecord(tx, input.recordId);
  if (!record) throw new AppError("NOT_FOUND", "Registro de la base no encontrado");
  const campaign = await findOutboundCampaign(tx, record.campaign_id);
  if (!campaign) throw new AppError("NOT_FOUND", "Campaña de salida no encontrada");
  const agent = await lockAgent(tx, userId);
  const problem = previewDialProblem(
    agent && { state: agent.state, campaignId: agent.campaign_id },
    { id: campaign.id, pacingMode: campaign.pacing_mode, isActive: campaign.is_active },
    { status: record.status, nextAttemptAt: record.next_attempt_at, callbackUserId: record.callback_user_id },
    userId,
    now,
  );
  if (problem) throw new AppError("STEP_NOT_ALLOWED", problem, { field: "recordId" });
  await removeFromHopper(tx, record.id);
  const actions = noActions();
  const choice = await engine.choosePhone(ctx, campaign, record);
  if (!choice.phone) {
    return {
      result: { placed: false, callId: null, rule: choice.refusal?.rule ?? null, message: choice.refusal?.message ?? null },
      actions,
    };
  }
  const settings = await readDialerSettings(tx);
  const callId = await engine.placeCall(ctx, { campaign, record, phone: choice.phone, agent, settings }, actions);
  return { result: { placed: true, callId, rule: null, message: null }, actions };
}
