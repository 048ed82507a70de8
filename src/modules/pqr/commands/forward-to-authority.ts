import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { enqueueOutbound } from "../../integrations/index.js";
import { NO_PQR_FACTS, PQR_PROCEDURE } from "../procedure.js";
import { findAppeal, listPqrFilesWithContent } from "../queries.js";
import { type AppealRow, type PqrRow, updateAppeal } from "../repo.js";
import { loadPqrForStep, savePqr } from "./load-pqr.js";

/** The outbox operation that carries a subsidiary appeal's file to the authority (answered in hooks.ts). */
export const FORWARD_APPEAL_OPERATION = "appeal.forward";

/**
 * The subsidiary appeal goes to the authority (SIC in Colombia) with the whole file: the PQR, its answer and
 * notification, the recurso and its decision, and every attached file with its content, sent through the
 * `authority` adapter by the outbox (so it leaves only if this commits, and is retried until delivered).
 * The timeline lists the files with their SHA-256, so what was sent is provable. The CUN is the PQR's.
 */
export async function forwardToAuthority(
  input: { pqrId: string; authorityReference?: string | null },
  ctx: CommandContext,
): Promise<{ pqr: PqrRow; appeal: AppealRow }> {
  const { pqr, clock, state } = await loadPqrForStep(ctx, input.pqrId);
  requireStep(PQR_PROCEDURE, "forward_to_authority", { state, roles: ctx.actor.roles, facts: NO_PQR_FACTS });
  const appeal = await findAppeal(ctx.tx, pqr.id);
  if (!appeal) throw new AppError("CONFLICT", "La PQR no tiene un recurso interpuesto");
  const files = await listPqrFilesWithContent(ctx.tx, pqr.id);
  const savedAppeal = await updateAppeal(
    ctx.tx,
    appeal.id,
    {
      authority: clock.clocks.authority.code,
      forwardedBy: ctx.actor.userId,
      forwardedAt: ctx.now,
      ...(input.authorityReference?.trim() ? { authorityReference: input.authorityReference.trim() } : {}),
    },
    ctx.now,
  );
  const saved = await savePqr(ctx, pqr, { status: "with_authority" });
  const file = {
    pqr: { cun: pqr.cun, type: pqr.type, subject: pqr.subject, filedAt: pqr.filed_at, answerOutcome: pqr.answer_outcome },
    appeal: { kind: appeal.kind, grounds: appeal.grounds, decision: appeal.decision, decidedAt: appeal.decided_at },
  };
  const listed = files.map((f) => ({ kind: f.kind, fileName: f.file_name, sizeBytes: f.size_bytes, sha256: f.sha256 }));
  await recordEvent(ctx, {
    subjectType: "pqr",
    subjectId: pqr.id,
    customerId: pqr.customer_id,
    action: "pqr_forwarded_to_authority",
    before: { status: pqr.status },
    after: {
      status: saved.status,
      cun: pqr.cun,
      authority: clock.clocks.authority,
      authorityReference: savedAppeal.authority_reference,
      file: { ...file, files: listed },
    },
  });
  await enqueueOutbound(
    {
      adapter: "authority",
      operation: FORWARD_APPEAL_OPERATION,
      idempotencyKey: `pqr:${pqr.id}:appeal:${appeal.id}:forward`,
      subjectType: "pqr",
      subjectId: pqr.id,
      customerId: pqr.customer_id,
      payload: {
        authority: clock.clocks.authority.code,
        ...file,
        files: files.map((f, i) => ({ ...listed[i], mediaType: f.media_type, contentBase64: f.content })),
      },
    },
    ctx,
  );
  return { pqr: saved, appeal: savedAppeal };
}
