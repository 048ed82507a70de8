import type { CommandContext } from "../../../platform/context.js";
import { filePqr, type PqrChannel, type PqrType } from "../../pqr/index.js";
import { requireOwnLiveCall } from "./own-live-call.js";

export interface FilePqrFromCallInput {
  callId: string;
  type: PqrType;
  subject: string;
  description?: string;
  amountInDispute?: string | null;
  /** The channel the customer chose for the answer (seed 002 step 5) and its address. */
  responseChannel: PqrChannel;
  responseAddress?: string;
}

/** What the advisor tells the customer: the CUN, the last day of the answer and the channel it comes by. */
export interface PqrFromCall {
  pqrId: string;
  cun: string;
  receivedOn: string;
  dueOn: string;
  responseChannel: PqrChannel;
}

/**
 * Seed 002 step 5 from the desktop: the customer of the advisor's call files a PQR by phone. The PQR module files it
 * (its CUN, its legal clock); the call is its origin, so the PQR area sees where it came from. Only the advisor on
 * the call (or in its wrap-up) may file it; a refusal changes nothing.
 */
export async function filePqrFromCall(input: FilePqrFromCallInput, ctx: CommandContext): Promise<PqrFromCall> {
  const call = await requireOwnLiveCall(
    ctx,
    input.callId,
    "La llamada ya fue tipificada: radique la PQR desde la ficha del cliente",
  );
  const filed = await filePqr(
    {
      type: input.type,
      customerId: call.customer_id,
      subject: input.subject,
      description: input.description ?? "",
      amountInDispute: input.amountInDispute ?? null,
      filingChannel: "phone",
      responseChannel: input.responseChannel,
      responseAddress: input.responseAddress ?? "",
      origin: "outbound_call",
      originReference: call.id,
    },
    ctx,
  );
  return {
    pqrId: filed.id,
    cun: filed.cun,
    receivedOn: filed.receivedOn,
    dueOn: filed.dueOn,
    responseChannel: input.responseChannel,
  };
}
