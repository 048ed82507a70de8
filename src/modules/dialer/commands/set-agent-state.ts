import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { publish } from "../../../platform/realtime.js";
import { findOutboundCampaign } from "../../contactlists/index.js";
import { type DialerEngine, noActions, type PortActions } from "../engine.js";
import { readDialerSettings } from "../kinds.js";
import { lockAgent, moveAgent } from "../repo.js";
import { type AgentState, agentMoveProblem } from "../rules.js";

export interface SetAgentStateInput {
  campaignId: string;
  state: Extract<AgentState, "ready" | "paused" | "offline">;
  pauseReason?: string | null;
}

/**
 * The advisor logs into a campaign ready, pauses with a catalog reason, comes back, or logs out. Becoming ready
 * takes a call that was answered and is waiting for an agent, if any. Returns what the phone system must do.
 */
export async function setAgentState(input: SetAgentStateInput, ctx: CommandContext, engine: DialerEngine): Promise<PortActions> {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError("FORBIDDEN", "Solo un asesor con sesión puede cambiar su estado");
  const campaign = await findOutboundCampaign(ctx.tx, input.campaignId);
  if (!campaign) throw new AppError("NOT_FOUND", "Campaña de salida no encontrada");
  const settings = await readDialerSettings(ctx.tx);
  const current = await lockAgent(ctx.tx, userId);
  const from: AgentState = current?.state ?? "offline";
  if (current && current.campaign_id !== input.campaignId && !["offline", "paused", "ready"].includes(from)) {
    throw new AppError("CONFLICT", "Termine la llamada de la otra campaña antes de cambiar de campaña");
  }
  const reason = input.state === "paused" ? (input.pauseReason ?? null) : null;
  const problem = agentMoveProblem(
    from,
    input.state,
    reason,
    settings.pauseReasons.map((r) => r.code),
  );
  if (problem) throw new AppError("STEP_NOT_ALLOWED", problem, { field: input.state === "paused" ? "pauseReason" : "state" });
  await moveAgent(
    ctx.tx,
    userId,
    current,
    { campaignId: input.campaignId, state: input.state, pauseReason: reason, callId: null },
    ctx.now,
  );
  await publish(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    type: "outbound.campaign_changed",
    data: { campaignId: input.campaignId },
  });
  const actions = noActions();
  if (input.state === "ready") await engine.offerWaitingCall(ctx, input.campaignId, userId, actions);
  return actions;
}
