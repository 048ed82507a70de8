import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { NO_PQR_FACTS, PQR_PROCEDURE } from "../procedure.js";
import { findAppeal, listPqrFiles } from "../queries.js";
import { type AppealRow, type PqrRow, updateAppeal } from "../repo.js";
import { loadPqrForStep, savePqr } from "./load-pqr.js";

/**
 * The subsidiary appeal goes to the authority (SIC in Colombia) with the whole file: the PQR, its answer and
 * notification, the recurso and its decision, and every attached file (listed with their SHA-256 on the
 * timeline, so what was sent is provable). The CUN is the PQR's.
 */
export async function forwardToAuthority(
  input: { pqrId: string; authorityReference?: string | null },
  ctx: CommandContext,
): Promise<{ pqr: PqrRow; appeal: AppealRow }> {
  const { pqr, clock, state } = await loadPqrForStep(ctx, input.pqrId);
  requireStep(PQR_PROCEDURE, "forward_to_authority", { state, roles: ctx.actor.roles, facts: NO_PQR_FACTS });
  const appeal = await findAppeal(ctx.tx, pqr.id);
  if (!appeal) throw new AppError("CONFLICT", "La PQR no tiene un recurso interpuesto");
  const files = await listPqrFiles(ctx.tx, pqr.id);
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
      file: {
        pqr: { cun: pqr.cun, type: pqr.type, subject: pqr.subject, filedAt: pqr.filed_at, answerOutcome: pqr.answer_outcome },
        appeal: { kind: appeal.kind, grounds: appeal.grounds, decision: appeal.decision, decidedAt: appeal.decided_at },
        files: files.map((f) => ({ kind: f.kind, fileName: f.file_name, sizeBytes: f.size_bytes, sha256: f.sha256 })),
      },
    },
  });
  return { pqr: saved, appeal: savedAppeal };
}
