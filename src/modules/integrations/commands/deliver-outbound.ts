import type { CommandContext } from "../../../platform/context.js";
import { publish } from "../../../platform/realtime.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import type { OutboundAdapter } from "../adapters.js";
import type { OutboundHooks } from "../hooks.js";
import { presentOutbound } from "../presenter.js";
import { findOutbound, markOutboundAttemptFailed, markOutboundSent } from "../repo.js";
import { type AdapterName, afterFailure } from "../rules.js";
import { armDelivery, type DeliverPayload } from "../schedule.js";
import { adapterFor } from "./adapter-for.js";

/**
 * One delivery attempt, run by the message's durable timer. The outcome (sent with the system's
 * reference, a retry scheduled, or given up) commits with the attempt's record and the timeline
 * event; a process killed mid-attempt leaves the timer to run again.
 */
export async function deliverOutbound(
  input: DeliverPayload,
  ctx: CommandContext,
  hooks: OutboundHooks,
  chooseAdapter: (ctx: CommandContext, adapter: AdapterName) => Promise<OutboundAdapter> = adapterFor,
): Promise<boolean> {
  const message = await findOutbound(ctx.tx, input.messageId, { forUpdate: true });
  if (message?.status !== "pending") return false;
  const adapter = await chooseAdapter(ctx, message.adapter);
  const result = await adapter.deliver({
    id: message.id,
    number: message.number,
    adapter: message.adapter,
    operation: message.operation,
    idempotencyKey: message.idempotency_key,
    subjectType: message.subject_type,
    subjectId: message.subject_id,
    payload: message.payload,
  });
  const common = { subjectType: message.subject_type, subjectId: message.subject_id, customerId: message.customer_id };
  if (result.ok) {
    const sent = await markOutboundSent(ctx.tx, message.id, {
      reference: result.reference,
      response: result.response,
      now: ctx.now,
    });
    await recordEvent(ctx, {
      ...common,
      action: "outbound_sent",
      after: { messageId: sent.id, operation: sent.operation, reference: sent.reference, attempts: sent.attempts },
    });
    await hooks[sent.operation]?.onSent?.(sent, ctx);
    return true;
  }
  const next = afterFailure(message.attempts + 1, result.kind, ctx.now);
  const failed = await markOutboundAttemptFailed(ctx.tx, message.id, {
    error: result.error,
    retryAt: next.giveUp ? null : next.retryAt,
    now: ctx.now,
  });
  if (next.giveUp) {
    await recordEvent(ctx, {
      ...common,
      action: "outbound_failed",
      after: { messageId: failed.id, operation: failed.operation, attempts: failed.attempts, error: failed.last_error },
    });
    await hooks[failed.operation]?.onFailed?.(failed, ctx);
    await publish(ctx.tx, { tenantId: ctx.actor.tenantId, type: "outbound.failed", data: presentOutbound(failed) });
  } else {
    await armDelivery(ctx, failed.id, next.retryAt);
  }
  return true;
}
