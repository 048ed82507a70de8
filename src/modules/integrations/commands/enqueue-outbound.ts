import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findOutboundByKey, insertOutbound, type OutboundRow } from "../repo.js";
import type { AdapterName } from "../rules.js";
import { armDelivery } from "../schedule.js";

export interface EnqueueOutboundInput {
  adapter: AdapterName;
  /** What the outside system is asked to do: "billing_claim.file", "work_order.create", "promotion.activate" … */
  operation: string;
  /**
   * Names the request itself, so asking twice is one message: e.g. `retention:<case>:bill_waiver`.
   * A second enqueue with the same key returns the first message and `isNew: false`.
   */
  idempotencyKey: string;
  subjectType: string;
  subjectId: string;
  customerId?: string | null;
  payload: unknown;
}

/**
 * Writes a message for an outside system in the caller's transaction and arms its delivery: it
 * leaves only if the change that caused it commits, and survives any crash after that.
 */
export async function enqueueOutbound(
  input: EnqueueOutboundInput,
  ctx: CommandContext,
): Promise<{ message: OutboundRow; isNew: boolean }> {
  const inserted = await insertOutbound(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    adapter: input.adapter,
    operation: input.operation,
    idempotencyKey: input.idempotencyKey,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    customerId: input.customerId ?? null,
    payload: input.payload,
    createdBy: ctx.actor.userId,
    now: ctx.now,
  });
  if (!inserted) {
    const existing = await findOutboundByKey(ctx.tx, input.adapter, input.idempotencyKey);
    return { message: existing!, isNew: false };
  }
  await recordEvent(ctx, {
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    customerId: input.customerId ?? null,
    action: "outbound_queued",
    after: { messageId: inserted.id, adapter: input.adapter, operation: input.operation, payload: input.payload },
  });
  await armDelivery(ctx, inserted.id, ctx.now);
  return { message: inserted, isNew: true };
}
