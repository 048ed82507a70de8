import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findIdeaForUpdate } from "../queries.js";
import { updateIdeaStatus } from "../repo.js";
import { canMoveIdea, type IdeaStatus } from "../rules.js";

const STATUS_ES: Record<IdeaStatus, string> = {
  proposed: "propuesta",
  approved: "aprobada",
  in_progress: "en ejecución",
  done: "implementada",
  discarded: "descartada",
};

/** The leader of the meeting that raised an idea moves it on (approved, in progress, done or discarded). */
export async function moveImprovementIdea(input: { ideaId: string; status: IdeaStatus }, ctx: CommandContext) {
  const idea = await findIdeaForUpdate(ctx.tx, input.ideaId);
  if (!idea) throw new AppError("NOT_FOUND", "La idea de mejora no existe");
  if (idea.leader_user_id !== ctx.actor.userId)
    throw new AppError("FORBIDDEN", "Solo el líder de la reunión mueve sus ideas de mejora");
  if (!canMoveIdea(idea.status, input.status))
    throw new AppError("ILLEGAL_TRANSITION", `Una idea ${STATUS_ES[idea.status]} no puede pasar a ${STATUS_ES[input.status]}`, {
      field: "status",
    });
  await updateIdeaStatus(ctx.tx, input.ideaId, input.status, ctx.now);
  await recordEvent(ctx, {
    subjectType: "improvement_idea",
    subjectId: input.ideaId,
    action: "improvement_idea_moved",
    before: { status: idea.status },
    after: { status: input.status },
  });
  return { id: input.ideaId, status: input.status };
}
