import type { CommandContext } from "../../platform/context.js";
import { filePqr, getPqrSummary } from "../pqr/index.js";

/**
 * What the cell asks of the PQR module (only through src/modules/pqr/index.ts): a PQR opened in the PQR
 * area's queue for a row without evidence (seed 004 step 3), and an appeal of the decision (step 7).
 */

/** Where the PQR area answers the customer: the phone on file, else the e-mail. */
export interface ResponseTarget {
  channel: "phone" | "email";
  address: string;
}

export interface EscalationRequest {
  customerId: string;
  respondTo: ResponseTarget;
  rowId: string;
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
  respondTo: ResponseTarget;
  rowId: string;
  appealType: "reposicion" | "subsidio_apelacion";
  filingNumber: string;
  radicado: string | null;
  decision: "approved" | "rejected";
  appliedAmount: number | null;
  requestedAmount: number;
  queue: string;
  note: string | null;
}

const pesos = (value: number) => new Intl.NumberFormat("es-CO", { maximumFractionDigits: 0 }).format(value);

/** Opens a complaint PQR about the adjustment in the PQR area's queue; its id and CUN. */
export async function openEscalationPqr(ctx: CommandContext, request: EscalationRequest): Promise<{ id: string; cun: string }> {
  const filed = await filePqr(
    {
      type: "complaint",
      customerId: request.customerId,
      subject: `Ajuste de facturación ${request.filingNumber}: causal ${request.causeCode} (${request.causeName}) sin soportes`,
      description: `Escalado a ${request.queue} por la célula de ajustes. ${request.reason}.`,
      amountInDispute: request.requestedAmount,
      filingChannel: "phone",
      responseChannel: request.respondTo.channel,
      responseAddress: request.respondTo.address,
      origin: "adjustments",
      originReference: request.rowId,
    },
    ctx,
  );
  return { id: filed.id, cun: filed.cun };
}

/**
 * Files the customer's recurso against the adjustment's decision as a PQR of type appeal in the PQR area's
 * queue: «reposición», or «reposición y en subsidio apelación» to go on to the authority. The decision was
 * the adjustments back office's (not a PQR answer the PQR module notified), so the recurso opens its own PQR.
 */
export async function fileAdjustmentAppeal(ctx: CommandContext, request: AppealRequest): Promise<{ id: string; cun: string }> {
  const kind = request.appealType === "reposicion" ? "Recurso de reposición" : "Recurso de reposición y en subsidio apelación";
  const decision =
    request.decision === "approved"
      ? `aprobado por $${pesos(request.appliedAmount ?? 0)} de $${pesos(request.requestedAmount)} solicitados`
      : "rechazado por el back de ajustes";
  const filed = await filePqr(
    {
      type: "appeal",
      customerId: request.customerId,
      subject: `${kind} contra el ajuste ${request.filingNumber} (radicado ${request.radicado ?? "sin radicado"})`,
      description: `El cliente no acepta el ajuste ${decision}. Escalado a ${request.queue}.${request.note ? ` ${request.note}` : ""}`,
      amountInDispute: request.requestedAmount - (request.appliedAmount ?? 0),
      filingChannel: "phone",
      responseChannel: request.respondTo.channel,
      responseAddress: request.respondTo.address,
      origin: "adjustments",
      originReference: request.rowId,
    },
    ctx,
  );
  return { id: filed.id, cun: filed.cun };
}

/** A PQR's summary for the row's page (CUN, status, due date), or null when the PQR module does not know it. */
export async function pqrSummary(ctx: CommandContext, pqrId: string): Promise<unknown> {
  return (await getPqrSummary(ctx.tx, pqrId)) ?? null;
}

/** The customer's response channel for a PQR, or null when the customer has neither phone nor e-mail. */
export function responseTarget(customer: {
  customer_phone: string | null;
  customer_email: string | null;
}): ResponseTarget | null {
  if (customer.customer_phone) return { channel: "phone", address: customer.customer_phone };
  if (customer.customer_email) return { channel: "email", address: customer.customer_email };
  return null;
}
