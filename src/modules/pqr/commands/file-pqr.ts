import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { loadClockContext } from "../clock-context.js";
import { checkGivenCun, issueCun } from "../cun.js";
import { checkFiles, storeFiles } from "../files.js";
import { NO_PQR_FACTS, PQR_PROCEDURE } from "../procedure.js";
import { findPqrCustomer } from "../queries.js";
import { insertPqr, type PqrRow } from "../repo.js";
import { answerClock, type EvidenceFile, filingProblem, type PqrChannel, type PqrType } from "../rules.js";
import { armClockTimers } from "../schedule.js";

export interface FilePqrInput {
  type: PqrType;
  customerId: string;
  /** The service the PQR is about (one of the customer's products), if any. */
  productId?: string | null;
  /** What the customer asks for. */
  subject: string;
  description?: string;
  /** The amount in dispute, in pesos (a decimal string or number), if any. */
  amountInDispute?: string | number | null;
  filingChannel: PqrChannel;
  /** The channel the customer chose for the answer (seed 002 step 5), and where to send it. */
  responseChannel: PqrChannel;
  responseAddress?: string;
  evidence?: readonly EvidenceFile[];
  /** A CUN already issued by the operator's own system: checked against the range; otherwise one is issued. */
  cun?: string | null;
  /** Where it was opened from: "advisor" (default), "adjustments", "pqr_area", "import". */
  origin?: string;
  /** The caller's own reference (e.g. the adjustment row that escalated it). */
  originReference?: string | null;
  /** When it was received, if before now (registered late); defaults to now. */
  filedAt?: Date;
}

/** What filing returns: enough for the caller to tell the customer the CUN and the response time. */
export interface FiledPqr {
  id: string;
  number: number;
  cun: string;
  status: "filed";
  receivedOn: string;
  /** The last day the answer is on time (local date, YYYY-MM-DD). */
  dueOn: string;
  atRiskOn: string;
  row: PqrRow;
}

/**
 * Files a PQR in the caller's transaction (seed 002 step 5; seed 004 steps 3 and 7): checks the fields, the
 * customer and service, and the evidence; issues the CUN from the tenant's range (or checks the one given);
 * starts the answer clock on the legal calendar; records it on the timeline and arms the at-risk and silence
 * timers. Any refusal throws before anything is written.
 */
export async function filePqr(input: FilePqrInput, ctx: CommandContext): Promise<FiledPqr> {
  requireStep(PQR_PROCEDURE, "file", { state: "new", roles: ctx.actor.roles, facts: NO_PQR_FACTS });
  const problem = filingProblem(input);
  if (problem) throw new AppError("VALIDATION_FAILED", problem.message, { field: problem.field });
  const filedAt = input.filedAt ?? ctx.now;
  if (Number.isNaN(filedAt.getTime()) || filedAt > ctx.now) {
    throw new AppError("VALIDATION_FAILED", "La fecha de radicación no puede ser futura", { field: "filedAt" });
  }
  const customer = await findPqrCustomer(ctx.tx, input.customerId);
  if (!customer) throw new AppError("NOT_FOUND", "Cliente no encontrado", { field: "customerId" });
  if (input.productId && !customer.product_ids.includes(input.productId)) {
    throw new AppError("VALIDATION_FAILED", "El servicio indicado no pertenece al cliente", { field: "productId" });
  }
  const clock = await loadClockContext(ctx.tx);
  const evidence = input.evidence ?? [];
  checkFiles(evidence, clock.clocks.evidence, 0, "evidence");

  const cun = input.cun?.trim() ? await checkGivenCun(ctx.tx, input.cun) : await issueCun(ctx.tx);
  const dates = answerClock(filedAt, clock.clocks, clock.calendar, clock.legal);
  const row = await insertPqr(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    cun,
    cunSource: input.cun?.trim() ? "given" : "issued",
    type: input.type,
    customerId: customer.id,
    productId: input.productId ?? null,
    subject: input.subject.trim(),
    description: input.description?.trim() ?? "",
    amountInDispute:
      input.amountInDispute === null || input.amountInDispute === undefined || input.amountInDispute === ""
        ? null
        : String(input.amountInDispute).trim(),
    filingChannel: input.filingChannel,
    responseChannel: input.responseChannel,
    responseAddress: input.responseAddress?.trim() ?? "",
    origin: input.origin ?? "advisor",
    originReference: input.originReference ?? null,
    filedBy: ctx.actor.userId,
    filedAt,
    clockScope: clock.scope,
    clockVersion: clock.version,
    receivedOn: dates.receivedOn,
    dueOn: dates.dueOn,
    atRiskOn: dates.atRiskOn,
    now: ctx.now,
  });
  const files = await storeFiles(ctx, row.id, "evidence", evidence);
  await recordEvent(ctx, {
    subjectType: "pqr",
    subjectId: row.id,
    customerId: row.customer_id,
    action: "pqr_filed",
    after: {
      number: row.number,
      cun: row.cun,
      type: row.type,
      subject: row.subject,
      amountInDispute: row.amount_in_dispute,
      filingChannel: row.filing_channel,
      responseChannel: row.response_channel,
      origin: row.origin,
      receivedOn: row.received_on,
      dueOn: row.due_on,
      atRiskOn: row.at_risk_on,
      clock: { scope: clock.scope, version: clock.version, answerBusinessDays: clock.clocks.answerBusinessDays },
      evidence: files.map((f) => ({ fileName: f.file_name, mediaType: f.media_type, sizeBytes: f.size_bytes })),
    },
  });
  await armClockTimers(ctx, { pqrId: row.id, stage: "answer", dueOn: row.due_on }, dates);
  return {
    id: row.id,
    number: row.number,
    cun: row.cun,
    status: "filed",
    receivedOn: row.received_on,
    dueOn: row.due_on,
    atRiskOn: row.at_risk_on,
    row,
  };
}
