import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { acknowledgeMonitoring } from "../repo.js";

/** The advisor acknowledges one of their monitorings, with an optional comment; once. */
export async function acknowledgeOwnMonitoring(input: { monitoringId: string; comment?: string }, ctx: CommandContext) {
  const advisor = ctx.actor.userId;
  if (!advisor || !(await acknowledgeMonitoring(ctx.tx, input.monitoringId, advisor, input.comment ?? null, ctx.now)))
    throw new AppError("CONFLICT", "El monitoreo no es suyo o ya lo dio por leído");
  await recordEvent(ctx, {
    subjectType: "quality_monitoring",
    subjectId: input.monitoringId,
    action: "monitoring_acknowledged",
    after: { comment: input.comment ?? null },
  });
  return { id: input.monitoringId, acknowledgedAt: ctx.now.toISOString() };
}
