import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { responseTarget } from "../pqr-link.js";
import { findRowDetail } from "../queries.js";
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
    radicado: decidedRadicado(row),
    appliedAmount: decidedAmount(row),
    pqrCun: row.pqr_cun,
    outcome: row.outcome,
  };
}

export const amountOf = (value: string | null) => (value === null ? null : Number(value));

/** The filing number the customer is told: the back office's approval's, else the base's. */
export const decidedRadicado = (row: Pick<AdjustmentRowRecord, "approved_radicado" | "radicado">) =>
  row.approved_radicado ?? row.radicado;

/** The value applied: the back office's approval's, else the base's. */
export const decidedAmount = (row: Pick<AdjustmentRowRecord, "approved_amount" | "applied_amount">) =>
  amountOf(row.approved_amount ?? row.applied_amount);

/** Where the PQR area will answer the row's customer; refused when the customer has no phone nor e-mail. */
export async function requireResponseTarget(ctx: CommandContext, rowId: string) {
  const detail = await findRowDetail(ctx.tx, rowId);
  const target = detail ? responseTarget(detail) : null;
  if (!target) {
    throw new AppError(
      "STEP_NOT_ALLOWED",
      "El cliente no tiene teléfono ni correo registrados para que el área de PQR le responda",
    );
  }
  return target;
}
