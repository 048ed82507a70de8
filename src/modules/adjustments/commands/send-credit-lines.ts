import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { enqueueOutbound } from "../../integrations/index.js";
import { listCutForExport } from "../queries.js";
import { updateRow } from "../repo.js";

/**
 * The cut's approved rows as credit lines for the billing system (TMF678 appliedBillingCredit), one
 * message each through the billing adapter; a row already sent is not sent again.
 */
export async function sendCreditLines(input: { cutDate: string }, ctx: CommandContext) {
  const rows = await listCutForExport(ctx.tx, input.cutDate);
  if (rows.length === 0) throw new AppError("NOT_FOUND", `No hay una base de ajustes con fecha de corte ${input.cutDate}`);
  let sent = 0;
  for (const row of rows) {
    if (row.decision !== "approved" || row.credit_message_id) continue;
    const { message } = await enqueueOutbound(
      {
        adapter: "billing",
        operation: "billing_credit.apply",
        idempotencyKey: `adjustment:${row.id}:credit`,
        subjectType: "adjustment_row",
        subjectId: row.id,
        customerId: row.customer_id,
        payload: {
          type: "appliedBillingCredit",
          billingAccount: { id: row.account },
          billingPeriod: row.cut_date,
          taxIncludedAmount: { unit: "COP", value: Number(row.applied_amount) },
          characteristic: [
            { name: "radicado", value: row.radicado },
            { name: "numeroPqr", value: row.filing_number },
            { name: "causal", value: row.cause_code },
          ],
        },
      },
      ctx,
    );
    await updateRow(ctx.tx, row.id, ctx.now, { credit_message_id: message.id });
    await recordEvent(ctx, {
      subjectType: "adjustment_row",
      subjectId: row.id,
      customerId: row.customer_id,
      action: "adjustment_credit_sent",
      after: { messageId: message.id, amount: Number(row.applied_amount), radicado: row.radicado },
    });
    sent++;
  }
  return { cutDate: input.cutDate, sent };
}
