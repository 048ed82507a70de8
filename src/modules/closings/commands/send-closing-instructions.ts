import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { enqueueOutbound } from "../../integrations/index.js";
import { type InstructionRow, listInstructions } from "../queries.js";
import { markQueued } from "../repo.js";
import { CLOSE_CANCELLATION_OPERATION, type ClosingMessagePayload, closingIdempotencyKey, sendRefusal } from "../rules.js";

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
  const queued: Array<{ id: string; messageId: string }> = [];
  for (const row of rows) {
    // The outbox records the message on the case's timeline (outbound_queued, with this payload): the
    // instruction's own change of status is that same fact, so it adds no second event.
    const { message } = await enqueueOutbound(
      {
        adapter: "billing",
        operation: CLOSE_CANCELLATION_OPERATION,
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
    queued.push({ id: row.id, messageId: message.id });
  }
  if (queued.length > 0) await markQueued(ctx.tx, queued, { by: ctx.actor.userId, now: ctx.now });
  return rows;
}
