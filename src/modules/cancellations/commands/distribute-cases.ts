import { actorRole, type CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { POOL_CASE, stepFacts } from "../case/guard.js";
import { cancellationCaseProcedure } from "../case/procedure.js";
import { findActiveUserWithPermission } from "../case/repo.js";
import { distributePool } from "../case/repo-queues.js";
import { rearmCallbackRelease } from "../case/schedule.js";
import { requireCampaign } from "../catalog/campaign-catalog.js";
import { PERMISSIONS } from "../policy.js";

export interface DistributeCasesInput {
  campaign: string;
  advisorIds: string[];
  /** At most this many cases of the pool. */
  limit: number;
}

/**
 * Round-robin: the campaign's pool (due now, oldest first) dealt in turn to the chosen advisors, by
 * one statement in the database. Returns how many cases each received.
 */
export async function distributeCases(
  input: DistributeCasesInput,
  ctx: CommandContext,
): Promise<Array<{ advisorId: string; cases: number }>> {
  const policy = await requireCampaign(ctx.tx, input.campaign);
  requireStep(cancellationCaseProcedure, "assign", {
    state: "open",
    roles: ctx.actor.roles,
    facts: stepFacts(POOL_CASE, ctx.actor),
  });
  const advisorIds = [...new Set(input.advisorIds)];
  if (advisorIds.length === 0) throw new AppError("VALIDATION_FAILED", "Elija al menos un asesor", { field: "advisorIds" });
  for (const id of advisorIds) {
    if (!(await findActiveUserWithPermission(ctx.tx, id, PERMISSIONS.work))) {
      throw new AppError("VALIDATION_FAILED", `El usuario ${id} no existe, está inactivo o no gestiona casos`, {
        field: "advisorIds",
      });
    }
  }
  const dealt = await distributePool(ctx.tx, input.campaign, advisorIds, input.limit, {
    now: ctx.now,
    actorUserId: ctx.actor.userId,
    actorRole: actorRole(ctx.actor),
  });
  for (const row of dealt) await rearmCallbackRelease(ctx, row, row.assigned_to, policy.returnToPoolAfterMinutes);
  return advisorIds.map((advisorId) => ({ advisorId, cases: dealt.filter((row) => row.assigned_to === advisorId).length }));
}
