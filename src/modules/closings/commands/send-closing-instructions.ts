import { AppError } from "../../../server/errors.js";
import { recordEvent } from "../../audit/record-event.js";
import { enqueueOutbound } from "../../integrations/commands/enqueue-outbound.js";
import type { CommandContext } from "../../shared/context.js";
import { type InstructionRow, listInstructions, markQueued } from "../repo.js";
import { CLOSE_COMPLAINT_OPERATION, type ClosingMessagePayload, closingIdempotencyKey, sendRefusal } from "../rules.js";

export interface SendInstructionsInput {
  /** These instructions (each must be ready), or else every ready one of the campaign. */
  ids?: string[];
  campaign?: string;
  /** At most this many per call, for the campaign form. */
  limit?: number;
}

export const SEND_BATCH = 1000;

/**
 * Sends ready instructions to the billing system through its adapter (an outbox message each, with
 * one idempotency key per instruction version) and locks them against correction. Named instructions
 * that are not ready are refused all together, and nothing is sent; a campaign-wide send skips rows
 * another person is correcting at that moment (locked), which the next send takes.
 */
export async function sendClosingInstructions(input: SendInstructionsInput, ctx: CommandContext): Promise<InstructionRow[]> {
  let rows: InstructionRow[];
  if (!input.ids?.length && !input.campaign) {
    throw new AppError("VALIDATION_FAILED", "Indique las instrucciones (ids) o la campaña cuyas instrucciones listas se envían", {
      field: "campaign",
    });
  }
  if (input.ids && input.ids.length > 0) {
    const ids = [...new Set(input.ids)];
    rows = await listInstructions(ctx.tx, { ids, limit: ids.length }, true);
    const missing = ids.filter((id) => !rows.some((row) => row.id === id));
    if (missing.length > 0)
      throw new AppError("NOT_FOUND", `No existe la instrucción ${missing[0]} (o la está usando otra persona)`, { field: "ids" });
    const refused = rows.map((row) => ({ row, reason: sendRefusal(row.status) })).filter((r) => r.reason);
    if (refused.length > 0) {
      throw new AppError("CONFLICT", `Queja ${refused[0]!.row.complaint_number}: ${refused[0]!.reason}`, {
        field: "ids",
        errors: refused.map((r) => ({ field: r.row.id, message: `Queja ${r.row.complaint_number}: ${r.reason}` })),
      });
    }
  } else {
    rows = await listInstructions(
      ctx.tx,
      { campaign: input.campaign, status: "ready", limit: Math.min(input.limit ?? SEND_BATCH, SEND_BATCH) },
      true,
    );
  }
  for (const row of rows) {
    const { message } = await enqueueOutbound(
      {
        adapter: "billing",
        operation: CLOSE_COMPLAINT_OPERATION,
        idempotencyKey: closingIdempotencyKey(row.case_id, row.instruction_version),
        subjectType: "complaint_case",
        subjectId: row.case_id,
        customerId: row.customer_id,
        payload: {
          instructionId: row.id,
          complaintNumber: row.complaint_number,
          action: row.action,
          dueAt: row.due_at.toISOString(),
          note: row.note,
        } satisfies ClosingMessagePayload,
      },
      ctx,
    );
    await markQueued(ctx.tx, row.id, { messageId: message.id, by: ctx.actor.userId, now: ctx.now });
    await recordEvent(ctx, {
      subjectType: "complaint_case",
      subjectId: row.case_id,
      customerId: row.customer_id,
      action: "closing_instruction_queued",
      before: { status: row.status },
      after: { instructionId: row.id, status: "queued", messageId: message.id },
    });
  }
  return rows;
}
