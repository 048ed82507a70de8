import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { stepFacts } from "../case/guard.js";
import { cancellationCaseProcedure } from "../case/procedure.js";
import { findActiveUserWithPermission } from "../case/repo.js";
import { assignCase, lockCases } from "../case/repo-queues.js";
import { rearmCallbackRelease } from "../case/schedule.js";
import { PERMISSIONS } from "../policy.js";

export interface AssignCasesInput {
  caseIds: string[];
  /** The advisor who receives them, or null to return them to the pool. */
  advisorId: string | null;
}

/**
 * A supervisor hands chosen cases to an advisor (or back to the pool). Every case must exist and be
 * unfinished, and the advisor must be active and able to work cases; otherwise nothing changes.
 */
export async function assignCases(input: AssignCasesInput, ctx: CommandContext): Promise<{ assigned: number }> {
  const ids = [...new Set(input.caseIds)];
  if (ids.length === 0) throw new AppError("VALIDATION_FAILED", "Elija al menos un caso", { field: "caseIds" });
  let advisorName: string | null = null;
  if (input.advisorId) {
    const advisor = await findActiveUserWithPermission(ctx.tx, input.advisorId, PERMISSIONS.work);
    if (!advisor) {
      throw new AppError("VALIDATION_FAILED", "El usuario elegido no existe, está inactivo o no gestiona casos", {
        field: "advisorId",
      });
    }
    advisorName = advisor.full_name;
  }
  const rows = await lockCases(ctx.tx, ids);
  const missing = ids.find((id) => !rows.some((row) => row.id === id));
  if (missing) throw new AppError("NOT_FOUND", `Caso no encontrado: ${missing}`, { field: "caseIds" });
  for (const row of rows) {
    requireStep(cancellationCaseProcedure, "assign", {
      state: row.status,
      roles: ctx.actor.roles,
      facts: stepFacts(row, ctx.actor),
    });
  }
  let assigned = 0;
  for (const row of rows) {
    if (row.assigned_to === input.advisorId) continue;
    await assignCase(ctx.tx, row.id, input.advisorId, ctx.now);
    await rearmCallbackRelease(ctx, row, input.advisorId);
    await recordEvent(ctx, {
      subjectType: "complaint_case",
      subjectId: row.id,
      customerId: row.customer_id,
      action: "case_assigned",
      before: { assignedTo: row.assigned_to },
      after: { assignedTo: input.advisorId, assigneeName: advisorName },
    });
    assigned++;
  }
  return { assigned };
}
