import type { CommandContext } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { type DeadlineAction, decideTransition } from "./procedure.js";
import { findDeadline } from "./queries.js";
import type { DeadlineRow } from "./repo.js";

/** Locks a deadline of the tenant for a command, or refuses with NOT_FOUND. */
export async function lockDeadline(ctx: CommandContext, id: string): Promise<DeadlineRow> {
  const row = await findDeadline(ctx.tx, id, { forUpdate: true });
  if (!row) throw new AppError("NOT_FOUND", "Plazo no encontrado");
  return row;
}

/** The transition's decision when allowed; otherwise ILLEGAL_TRANSITION with the Spanish reason. */
export function requireTransition(action: DeadlineAction, row: DeadlineRow, now: Date) {
  const decision = decideTransition(action, { status: row.status, dueAt: row.due_at, metAt: row.met_at }, now);
  if (!decision.allowed) throw new AppError("ILLEGAL_TRANSITION", decision.reason, { status: row.status });
  return decision;
}
