import { createHash } from "node:crypto";
import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { completeDeadline, decideTransition, findDeadline } from "../../deadlines/index.js";
import { enqueueOutbound } from "../../integrations/index.js";
import { findCurrentTenant } from "../../tenants/index.js";
import { zoningRow, zoningWorkbook } from "../export.js";
import { listBillingReports, listZoningCases } from "../queries.js";
import { type BillingReportRow, findBillingMonth, insertBillingReport, setBillingReportOutbound } from "../repo.js";

/**
 * Step 21: the month's zoning cases as a pivot-friendly .xlsx, kept as the month's next version and sent
 * to the billing division through the billing adapter (outbox), so the customer is not charged; the first
 * send completes the month's last-business-day deadline (met, or breached when late).
 */
export async function sendZoningReport(month: string, ctx: CommandContext): Promise<{ report: BillingReportRow; file: Buffer }> {
  if (!/^\d{4}-\d{2}$/.test(month))
    throw new AppError("VALIDATION_FAILED", "El mes debe tener la forma AAAA-MM", { field: "month" });
  const cases = await listZoningCases(ctx.tx, month);
  if (cases.length === 0)
    throw new AppError("STEP_NOT_ALLOWED", `No hay casos de zonificación en ${month} para remitir a facturación`);
  const timezone = (await findCurrentTenant(ctx.tx))?.timezone ?? "UTC";
  const version = ((await listBillingReports(ctx.tx, month))[0]?.version ?? 0) + 1;
  const file = await zoningWorkbook(cases, { month, version, timezone });
  const sha256 = createHash("sha256").update(file).digest("hex");
  const report = await insertBillingReport(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    month,
    rowCount: cases.length,
    file,
    sha256,
    userId: ctx.actor.userId,
    now: ctx.now,
  });
  const { message } = await enqueueOutbound(
    {
      adapter: "billing",
      operation: "zoning.monthly_report",
      idempotencyKey: `zoning_report:${month}:v${report.version}`,
      subjectType: "zoning_billing_report",
      subjectId: report.id,
      payload: {
        month,
        version: report.version,
        sha256,
        fileName: `zonificacion-${month}-v${report.version}.xlsx`,
        rows: cases.map((row) => zoningRow(row, timezone)),
      },
    },
    ctx,
  );
  await setBillingReportOutbound(ctx.tx, report.id, message.id);
  const billingMonth = await findBillingMonth(ctx.tx, month);
  if (billingMonth) {
    const deadline = (await findDeadline(ctx.tx, billingMonth.deadline_id, { forUpdate: true }))!;
    const state = { status: deadline.status, dueAt: deadline.due_at, metAt: deadline.met_at };
    if (decideTransition("complete", state, ctx.now).allowed) {
      await completeDeadline(deadline.id, { reason: `remitido a facturación (versión ${report.version})` }, ctx);
    }
  }
  await recordEvent(ctx, {
    subjectType: "zoning_billing_report",
    subjectId: report.id,
    action: "zoning_report_sent",
    after: { month, version: report.version, rows: cases.length, sha256, outboundId: message.id },
  });
  return { report: { ...report, outbound_id: message.id }, file };
}
