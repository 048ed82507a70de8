import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { type AdjustmentRowRecord, lockRow } from "../repo.js";

/** The row a step acts on, locked; NOT_FOUND when it is not this tenant's. */
export async function loadRow(ctx: CommandContext, rowId: string): Promise<AdjustmentRowRecord> {
  const row = await lockRow(ctx.tx, rowId);
  if (!row) throw new AppError("NOT_FOUND", "Ajuste no encontrado");
  return row;
}

/** The row's fields as the timeline keeps them before and after a step. */
export function rowState(row: AdjustmentRowRecord) {
  return {
    status: row.status,
    decision: row.decision,
    reescalations: row.reescalations,
    radicado: row.radicado,
    appliedAmount: row.applied_amount === null ? null : Number(row.applied_amount),
    pqrCun: row.pqr_cun,
    outcome: row.outcome,
  };
}

export const amountOf = (value: string | null) => (value === null ? null : Number(value));
