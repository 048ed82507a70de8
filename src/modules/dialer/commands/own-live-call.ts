import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { findCall } from "../queries.js";
import { type CallRow, lockAgent } from "../repo.js";

/**
 * The call the acting advisor is on or wrapping up — what a visit or a PQR from the desktop hangs on. Another
 * advisor's call is not found; a call already typed is a conflict.
 */
export async function requireOwnLiveCall(ctx: CommandContext, callId: string, afterTyped: string): Promise<CallRow> {
  const userId = ctx.actor.userId;
  const call = await findCall(ctx.tx, callId);
  if (!call || !userId || call.agent_id !== userId) throw new AppError("NOT_FOUND", "Llamada no encontrada");
  const agent = await lockAgent(ctx.tx, userId);
  if (!agent || agent.call_id !== call.id || !["on_call", "wrap_up"].includes(agent.state)) {
    throw new AppError("CONFLICT", afterTyped);
  }
  return call;
}
