import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { readPractices } from "../catalog.js";
import { rolesOf } from "../queries.js";
import { insertIdeas, insertSession } from "../repo.js";
import { recordingProblem } from "../rules.js";

export interface RecordPracticeInput {
  practiceCode: string;
  heldAt: string;
  teamId?: string;
  notes?: string;
  /** For continuous-improvement meetings and circuits: the ideas raised. */
  ideas?: { title: string }[];
}

/** A leader records a management practice held (who, team, when, notes; the ideas raised in an improvement meeting). */
export async function recordPractice(input: RecordPracticeInput, ctx: CommandContext) {
  const leaderUserId = ctx.actor.userId;
  if (!leaderUserId) throw new AppError("FORBIDDEN", "Solo un líder con usuario registra prácticas de gestión");
  const catalog = await readPractices(ctx.tx);
  const practice = catalog.content.practices.find((p) => p.code === input.practiceCode);
  const heldAt = new Date(input.heldAt);
  const ideas = input.ideas ?? [];
  const problem = recordingProblem(
    practice,
    { practiceCode: input.practiceCode, heldAt, ideaCount: ideas.length },
    await rolesOf(ctx.tx, leaderUserId),
    ctx.now,
  );
  if (problem) throw new AppError("VALIDATION_FAILED", problem.message, { field: problem.field });
  const id = await insertSession(ctx.tx, {
    practiceCode: input.practiceCode,
    catalogVersion: catalog.version,
    leaderUserId,
    teamId: input.teamId ?? null,
    heldAt,
    notes: input.notes ?? null,
    recordedBy: leaderUserId,
    recordedAt: ctx.now,
  });
  const ideaIds = await insertIdeas(
    ctx.tx,
    id,
    ideas.map((idea) => ({ title: idea.title, status: "proposed" as const })),
    ctx.now,
  );
  await recordEvent(ctx, {
    subjectType: "practice_session",
    subjectId: id,
    action: "practice_held",
    after: {
      practiceCode: input.practiceCode,
      heldAt: input.heldAt,
      teamId: input.teamId ?? null,
      ideas: ideas.map((i) => i.title),
    },
  });
  return { id, ideaIds };
}
