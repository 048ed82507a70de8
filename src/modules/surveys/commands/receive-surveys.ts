import type { CommandContext } from "../../../platform/context.js";
import { actorRole } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { unknownAgentEmails } from "../queries.js";
import { upsertReceivedSurveys } from "../repo.js";
import type { SurveyInput } from "../schemas.js";

export interface ReceivedSurveys {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Surveys posted by the survey tool's webhook: the same rules as its file (the schema refuses a score
 * outside 0–10 before this runs), all or none; a survey sent again with the same answers changes nothing,
 * so the tool may retry freely.
 */
export async function receiveSurveys(surveys: readonly SurveyInput[], ctx: CommandContext): Promise<ReceivedSurveys> {
  const ids = surveys.map((s) => s.externalId);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated)
    throw new AppError("VALIDATION_FAILED", `La encuesta «${repeated}» viene dos veces en el envío`, { field: "externalId" });
  const unknown = await unknownAgentEmails(
    ctx.tx,
    surveys.map((s) => s.agentEmail),
  );
  if (unknown.length > 0) {
    throw new AppError("VALIDATION_FAILED", `El asesor «${unknown[0]}» no es un usuario del operador`, {
      field: "agentEmail",
      errors: unknown.map((email) => ({ field: "agentEmail", message: `El asesor «${email}» no es un usuario del operador` })),
    });
  }
  const result = await upsertReceivedSurveys(ctx.tx, surveys, {
    now: ctx.now,
    actorUserId: ctx.actor.userId,
    actorRole: actorRole(ctx.actor),
    reason: "Webhook de la herramienta de encuestas",
  });
  return { created: result.inserted, updated: result.updated, unchanged: surveys.length - result.inserted - result.updated };
}
