import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { readScorecards } from "../catalog.js";
import { findMonitorableCall } from "../queries.js";
import { insertMonitoring } from "../repo.js";
import { answersProblem, monitoringScore } from "../rules.js";

export interface MonitorCallInput {
  callId: string;
  scorecardCode: string;
  answers: Record<string, boolean>;
  comment?: string;
}

/** A monitor scores a recorded call with a scorecard of the catalog; the advisor who took it sees the result. */
export async function monitorCall(input: MonitorCallInput, ctx: CommandContext) {
  const monitor = ctx.actor.userId;
  if (!monitor) throw new AppError("FORBIDDEN", "Solo un monitor con usuario califica llamadas");
  const call = await findMonitorableCall(ctx.tx, input.callId);
  if (!call) throw new AppError("NOT_FOUND", "La llamada no existe");
  if (!call.agent_id || !call.bridged_at)
    throw new AppError("VALIDATION_FAILED", "La llamada no llegó a un asesor: no hay atención que monitorear", {
      field: "callId",
    });
  const catalog = await readScorecards(ctx.tx);
  const card = catalog.content.scorecards.find((c) => c.code === input.scorecardCode && !c.retired);
  if (!card) throw new AppError("VALIDATION_FAILED", `La ficha «${input.scorecardCode}» no existe`, { field: "scorecardCode" });
  const problem = answersProblem(card, input.answers);
  if (problem) throw new AppError("VALIDATION_FAILED", problem, { field: "answers" });
  const { score, criticalFailed } = monitoringScore(card, input.answers);
  const id = await insertMonitoring(ctx.tx, {
    callId: input.callId,
    agentUserId: call.agent_id,
    scorecardCode: card.code,
    catalogVersion: catalog.version,
    answers: input.answers,
    score,
    criticalFailed,
    comment: input.comment ?? null,
    monitoredBy: monitor,
    monitoredAt: ctx.now,
  });
  await recordEvent(ctx, {
    subjectType: "quality_monitoring",
    subjectId: id,
    action: "call_monitored",
    after: { callId: input.callId, scorecardCode: card.code, score, criticalFailed },
  });
  return { id, score, criticalFailed };
}
