import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { requireStep } from "../../../platform/procedure/require-step.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { checkFiles, storeFiles } from "../files.js";
import { NO_PQR_FACTS, PQR_PROCEDURE } from "../procedure.js";
import { countPqrFiles } from "../queries.js";
import type { PqrRow } from "../repo.js";
import {
  appealWindowEndsOn,
  type EvidenceFile,
  endOfLocalDate,
  formatLocalDate,
  isPastDue,
  PQR_CHANNELS,
  type PqrChannel,
} from "../rules.js";
import { armAppealWindowEnd, disarmClockTimers } from "../schedule.js";
import { loadPqrForStep, savePqr } from "./load-pqr.js";

export const ANSWER_OUTCOMES = ["granted", "partially_granted", "denied"] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];

export interface AnswerPqrInput {
  pqrId: string;
  outcome: AnswerOutcome;
  /** The answer as sent to the customer. */
  answerText: string;
  /** How it was notified (normally the channel the customer chose) and when; defaults to now. */
  notificationChannel: PqrChannel;
  notifiedAt?: Date;
  /** The proof of the notification (the sent email, the delivery receipt, the call recording). */
  notificationProof: EvidenceFile | null;
  /** The answer document, if any. */
  answerFile?: EvidenceFile | null;
}

/** Spanish reason a clock is past its due day, or null. */
export function lateProblem(now: Date, dueOn: string, timezone: string, what: string): string | null {
  return isPastDue(now, dueOn, timezone)
    ? `El plazo para ${what} venció el ${formatLocalDate(dueOn)}: operó el silencio administrativo positivo y corresponde conceder lo pedido`
    : null;
}

/**
 * The PQR area answers the PQR and records its notification with proof, within the answer clock. Opens the
 * appeal window (business days from the notification) and stops the answer clock's timers. A PQR already
 * answered, or past its due day, is refused with the reason and nothing changes.
 */
export async function answerPqr(input: AnswerPqrInput, ctx: CommandContext): Promise<PqrRow> {
  const { pqr, clock, state } = await loadPqrForStep(ctx, input.pqrId);
  requireStep(PQR_PROCEDURE, "answer", {
    state,
    roles: ctx.actor.roles,
    facts: {
      ...NO_PQR_FACTS,
      lateProblem: lateProblem(ctx.now, pqr.due_on, clock.timezone, "responder"),
      hasNotificationProof: !!input.notificationProof,
    },
  });
  if (!ANSWER_OUTCOMES.includes(input.outcome)) {
    throw new AppError("VALIDATION_FAILED", "Indique si se concede, se concede en parte o se niega lo pedido", {
      field: "outcome",
    });
  }
  if (!input.answerText?.trim())
    throw new AppError("VALIDATION_FAILED", "Escriba la respuesta al cliente", { field: "answerText" });
  if (!(PQR_CHANNELS as readonly string[]).includes(input.notificationChannel)) {
    throw new AppError("VALIDATION_FAILED", `Canal de notificación desconocido: ${input.notificationChannel}`, {
      field: "notificationChannel",
    });
  }
  const notifiedAt = input.notifiedAt ?? ctx.now;
  if (Number.isNaN(notifiedAt.getTime()) || notifiedAt > ctx.now || notifiedAt < pqr.filed_at) {
    throw new AppError("VALIDATION_FAILED", "La fecha de notificación debe estar entre la radicación y ahora", {
      field: "notifiedAt",
    });
  }
  const files = [input.notificationProof!, ...(input.answerFile ? [input.answerFile] : [])];
  checkFiles(
    files,
    clock.clocks.evidence,
    await countPqrFiles(ctx.tx, pqr.id, ["notification_proof", "answer"]),
    "notificationProof",
  );

  const windowEndsOn = appealWindowEndsOn(notifiedAt, clock.clocks, clock.calendar, clock.legal);
  const saved = await savePqr(ctx, pqr, {
    status: "answered",
    answerOutcome: input.outcome,
    answerText: input.answerText.trim(),
    answeredBy: ctx.actor.userId,
    answeredAt: ctx.now,
    notifiedAt,
    notificationChannel: input.notificationChannel,
    appealWindowEndsOn: windowEndsOn,
  });
  const [proof] = await storeFiles(ctx, pqr.id, "notification_proof", [input.notificationProof!]);
  if (input.answerFile) await storeFiles(ctx, pqr.id, "answer", [input.answerFile]);
  await disarmClockTimers(ctx, pqr.id);
  await armAppealWindowEnd(ctx, pqr.id, windowEndsOn, endOfLocalDate(windowEndsOn, clock.timezone));
  await recordEvent(ctx, {
    subjectType: "pqr",
    subjectId: pqr.id,
    customerId: pqr.customer_id,
    action: "pqr_answered",
    before: { status: pqr.status },
    after: {
      status: saved.status,
      outcome: saved.answer_outcome,
      notificationChannel: saved.notification_channel,
      notifiedAt: saved.notified_at,
      notificationProof: { fileName: proof!.file_name, sha256: proof!.sha256 },
      dueOn: pqr.due_on,
      appealWindowEndsOn: windowEndsOn,
    },
  });
  return saved;
}
