import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { readCauses } from "../catalog.js";
import type { AdjustmentRowInput } from "../import-kind.js";
import { findCustomerIdByCode, findUserIdByEmail } from "../queries.js";
import { insertAdjustmentRow } from "../repo.js";
import { findCause } from "../rules.js";

/**
 * Adds one row to a cut's base, validated as a file's row is (the cause against the catalog, the account
 * and the agent of this operator): an integrator's path, and the demo's. DUPLICATE when the key exists.
 */
export async function createAdjustmentRow(input: AdjustmentRowInput, ctx: CommandContext) {
  const catalog = await readCauses(ctx.tx);
  const cause = findCause(catalog.content, input.cause);
  if (typeof cause === "string") throw new AppError("VALIDATION_FAILED", cause, { field: "cause" });
  const customerId = await findCustomerIdByCode(ctx.tx, input.account);
  if (!customerId) throw new AppError("VALIDATION_FAILED", `La cuenta «${input.account}» no existe`, { field: "account" });
  const agentUserId = await findUserIdByEmail(ctx.tx, input.agentEmail);
  if (!agentUserId) {
    throw new AppError("VALIDATION_FAILED", `El asesor «${input.agentEmail}» no es un usuario del operador`, {
      field: "agentEmail",
    });
  }
  const row = await insertAdjustmentRow(ctx.tx, {
    cutDate: input.cutDate,
    filingNumber: input.filingNumber,
    customerId,
    causeCode: input.cause,
    baseStatus: input.baseStatus ?? null,
    baseDecision: input.baseDecision ?? null,
    radicado: input.radicado ?? null,
    agentUserId,
    requestedAmount: input.requestedAmount,
    appliedAmount: input.appliedAmount ?? null,
    evidence: input.evidence ?? [],
    note: input.note ?? null,
    now: ctx.now,
  });
  if (!row) {
    throw new AppError("DUPLICATE", `El ajuste ${input.filingNumber} ya está en la base del corte ${input.cutDate}`, {
      field: "filingNumber",
    });
  }
  await recordEvent(ctx, {
    subjectType: "adjustment_row",
    subjectId: row.id,
    customerId,
    action: "adjustment_row_received",
    after: {
      cutDate: row.cut_date,
      filingNumber: row.filing_number,
      causeCode: row.cause_code,
      requestedAmount: input.requestedAmount,
    },
  });
  return row;
}
