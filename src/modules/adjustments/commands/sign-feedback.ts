import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { lockFeedback, signFeedback } from "../repo.js";

export interface SignFeedbackInput {
  feedbackId: string;
  /** The improvement commitment («formato compromiso de mejoramiento»). */
  commitment: string;
  /** The agent's «estoy enterado». */
  acknowledged: boolean;
}

/** The agent signs their own weekly feedback: the commitment and the acknowledgement, once. */
export async function signWeeklyFeedback(input: SignFeedbackInput, ctx: CommandContext) {
  const feedback = await lockFeedback(ctx.tx, input.feedbackId);
  if (!feedback) throw new AppError("NOT_FOUND", "Retroalimentación no encontrada");
  if (feedback.agent_user_id !== ctx.actor.userId) {
    throw new AppError("FORBIDDEN", "Solo el asesor retroalimentado firma su compromiso de mejoramiento");
  }
  if (feedback.acknowledged_at) {
    throw new AppError("CONFLICT", "La retroalimentación ya está firmada", { field: "acknowledged" });
  }
  const commitment = input.commitment.trim();
  if (commitment.length < 10) {
    throw new AppError("VALIDATION_FAILED", "Escriba el compromiso de mejoramiento (al menos 10 caracteres)", {
      field: "commitment",
    });
  }
  if (!input.acknowledged) {
    throw new AppError("VALIDATION_FAILED", "Marque «estoy enterado» para firmar", { field: "acknowledged" });
  }
  await signFeedback(ctx.tx, feedback.id, commitment, ctx.now);
  await recordEvent(ctx, {
    subjectType: "adjustment_feedback",
    subjectId: feedback.id,
    action: "adjustment_feedback_signed",
    after: { weekStart: feedback.week_start, commitment },
  });
  return { id: feedback.id, signedAt: ctx.now };
}
