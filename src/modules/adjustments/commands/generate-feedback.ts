import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findCurrentTenant } from "../../tenants/index.js";
import { countWeeklyRejections } from "../queries.js";
import { insertFeedback } from "../repo.js";
import { rankTopAgents, weekStartOf } from "../rules.js";

/**
 * Seed 004 step 9: the week's top 5 front-office agents by rejections the cell confirmed, each with its
 * most frequent causes and a feedback record the agent signs (improvement commitment and «estoy enterado»).
 * Generating the same week again refreshes the counts and keeps what was signed.
 */
export async function generateWeeklyFeedback(input: { week: string }, ctx: CommandContext) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.week)) {
    throw new AppError("VALIDATION_FAILED", "La semana debe ser una fecha AAAA-MM-DD", { field: "week" });
  }
  const weekStart = weekStartOf(input.week);
  const tenant = await findCurrentTenant(ctx.tx);
  const counts = await countWeeklyRejections(ctx.tx, weekStart, tenant?.timezone ?? "America/Bogota");
  const top = rankTopAgents(
    counts.map((c) => ({
      agentUserId: c.agent_user_id,
      agentName: c.agent_name,
      causeCode: c.cause_code,
      rejections: c.rejections,
    })),
  );
  let rank = 0;
  for (const agent of top) {
    rank++;
    const saved = await insertFeedback(ctx.tx, {
      weekStart,
      agentUserId: agent.agentUserId,
      rank,
      rejections: agent.rejections,
      topCauses: agent.topCauses,
      createdBy: ctx.actor.userId,
      now: ctx.now,
    });
    if (saved.inserted) {
      await recordEvent(ctx, {
        subjectType: "adjustment_feedback",
        subjectId: saved.id,
        action: "adjustment_feedback_generated",
        after: { weekStart, agentUserId: agent.agentUserId, rank, rejections: agent.rejections, topCauses: agent.topCauses },
      });
    }
  }
  return { weekStart, top };
}
