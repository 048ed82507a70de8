import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { completeDeadline, findDeadline } from "../../deadlines/index.js";
import type { OutboundRow } from "../../integrations/index.js";
import { findInstruction, type InstructionRow } from "../queries.js";
import { markFailed, markSent } from "../repo.js";
import type { ClosingMessagePayload } from "../rules.js";

/**
 * The instruction a billing answer is about, locked: found by the id its message carries (primary
 * key), and only while that message is still the one it was queued with.
 */
async function answeredInstruction(message: OutboundRow, ctx: CommandContext): Promise<InstructionRow | undefined> {
  const { instructionId } = message.payload as ClosingMessagePayload;
  const instruction = await findInstruction(ctx.tx, instructionId, true);
  return instruction?.outbound_message_id === message.id ? instruction : undefined;
}

/**
 * The billing system closed the complaint: the instruction is confirmed with its reference and its
 * deadline completed (met, or breached with the instant it was finally done). Runs in the delivery's
 * transaction (outbound hook).
 */
export async function confirmClosingInstruction(message: OutboundRow, ctx: CommandContext): Promise<void> {
  const instruction = await answeredInstruction(message, ctx);
  if (!instruction || instruction.status === "sent") return;
  await markSent(ctx.tx, instruction.id, { reference: message.reference ?? message.idempotency_key, now: ctx.now });
  const deadline = await findDeadline(ctx.tx, instruction.deadline_id);
  let late = false;
  if (deadline && deadline.met_at === null && deadline.status !== "cancelled") {
    late = (await completeDeadline(deadline.id, { reason: "Cerrada en el sistema de facturación" }, ctx)).status === "breached";
  }
  await recordEvent(ctx, {
    subjectType: "complaint_case",
    subjectId: instruction.case_id,
    customerId: instruction.customer_id,
    action: "closing_instruction_sent",
    before: { status: instruction.status },
    after: { instructionId: instruction.id, status: "sent", billingReference: message.reference, late },
  });
}

/** The billing system refused the instruction (or gave up retrying): flagged, retried from /integraciones. */
export async function failClosingInstruction(message: OutboundRow, ctx: CommandContext): Promise<void> {
  const instruction = await answeredInstruction(message, ctx);
  if (instruction?.status !== "queued") return;
  await markFailed(ctx.tx, instruction.id, ctx.now);
  await recordEvent(ctx, {
    subjectType: "complaint_case",
    subjectId: instruction.case_id,
    customerId: instruction.customer_id,
    action: "closing_instruction_failed",
    before: { status: instruction.status },
    after: { instructionId: instruction.id, status: "failed", error: message.last_error },
  });
}
