import type { CommandContext } from "../../platform/context.js";
import { publish } from "../../platform/realtime.js";
import { BOARD_TOPIC } from "./policy.js";

/** Tells every open control board of the tenant that a request or ticket changed (sent if the transaction commits). */
export async function publishBoardChange(
  ctx: CommandContext,
  change: { requestId: string | null; ticketId?: string | null; change: string; status?: string },
): Promise<void> {
  await publish(ctx.tx, { tenantId: ctx.actor.tenantId, type: BOARD_TOPIC, data: { ...change, at: ctx.now.toISOString() } });
}
