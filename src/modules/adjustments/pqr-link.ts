import type { CommandContext } from "../../platform/context.js";

/**
 * What the cell asks of the PQR module (only through src/modules/pqr/index.ts): a PQR opened in the PQR
 * area's queue for a row without evidence (seed 004 step 3), and an appeal of the decision (step 7).
 */

export interface EscalationRequest {
  customerId: string;
  queue: string;
  filingNumber: string;
  causeCode: string;
  causeName: string;
  requestedAmount: number;
  missingEvidence: string[];
  reason: string;
}

export interface AppealRequest {
  customerId: string;
  /** The escalation PQR of the row when there is one. */
  pqrId: string | null;
  appealType: "reposicion" | "subsidio_apelacion";
  filingNumber: string;
  radicado: string | null;
  decision: "approved" | "rejected";
  appliedAmount: number | null;
  requestedAmount: number;
  queue: string;
  note: string | null;
}

/** Opens a complaint PQR about the adjustment in the PQR area's queue; its id and CUN. */
export async function openEscalationPqr(
  _ctx: CommandContext,
  _request: EscalationRequest,
): Promise<{ id: string; cun: string | null }> {
  throw new Error("El módulo de PQR todavía no está disponible");
}

/** Files a recurso de reposición or subsidio de apelación about the adjustment's decision; its id. */
export async function fileAdjustmentAppeal(
  _ctx: CommandContext,
  _request: AppealRequest,
): Promise<{ id: string; cun: string | null }> {
  throw new Error("El módulo de PQR todavía no está disponible");
}

/** A PQR's summary for the row's page (CUN, status, due date), or null when the PQR module does not know it. */
export async function pqrSummary(_ctx: CommandContext, _pqrId: string): Promise<unknown> {
  return null;
}
