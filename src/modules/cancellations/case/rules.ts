import { advisorUser, type CasePlaceholder, motiveInNote, ordinal } from "../catalog/note-template.js";
import { findMotive, findState, isAttemptMotive } from "../catalog/rules.js";
import type { DispositionCatalog, MotiveDefinition, StateDefinition } from "../catalog/schema.js";

/**
 * The decisions of a cancellation case: which motive may be set, what an attempt leads to, when a
 * disposition can be corrected, what a note may be. Pure: no I/O, no clock.
 */

export const CASE_STATUSES = ["open", "pending", "finished"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const ATTEMPT_RESULTS = ["answered", "no_answer", "busy", "wrong_number"] as const;
export type AttemptResult = (typeof ATTEMPT_RESULTS)[number];

/** The queue of a case still with its campaign; a final state may hand it to another («level1»). */
export const CAMPAIGN_QUEUE = "campaign";

/** No answer and busy are unanswered attempts; an answered call or a wrong number leave the decision to the advisor. */
export function isUnanswered(result: AttemptResult): boolean {
  return result === "no_answer" || result === "busy";
}

export interface CaseFacts {
  status: CaseStatus;
  queue: string;
  unansweredAttempts: number;
  /** «STATE / MOTIVE» of the current disposition, for messages. */
  dispositionLabel: string | null;
}

function queueLabel(catalog: DispositionCatalog, queue: string): string {
  return catalog.queues.find((q) => q.code === queue)?.label ?? queue;
}

/**
 * Why no contact attempt may be recorded on the case, or null: it is finished, or it already had the
 * campaign's last unanswered attempt — also when a correction reopened the hand-off as pending.
 */
export function attemptRefusal(catalog: DispositionCatalog, facts: CaseFacts): string | null {
  const limit = catalog.contactPolicy.maxUnansweredAttempts;
  const isExhausted = facts.unansweredAttempts >= limit;
  const next = `no admite un ${ordinal(facts.unansweredAttempts + 1)} intento de contacto`;
  if (isExhausted && facts.queue !== CAMPAIGN_QUEUE) {
    return `El caso fue derivado a ${queueLabel(catalog, facts.queue)} tras ${facts.unansweredAttempts} intentos sin respuesta; ${next}`;
  }
  if (facts.status === "finished") {
    return `El caso ya está finalizado (${facts.dispositionLabel ?? "sin tipificación"}); no admite más intentos de contacto`;
  }
  if (isExhausted) {
    return `El caso ya tuvo ${facts.unansweredAttempts} intentos sin respuesta, el máximo de la campaña; ${next}`;
  }
  return null;
}

export type AttemptOutcome =
  | { kind: "none"; unanswered: number }
  | { kind: "no_answer" | "hand_off"; unanswered: number; state: string; motive: string };

/**
 * What an attempt leads to: answered (or a wrong number) → nothing automatic; unanswered below the
 * campaign's limit → the pending «no answer» motive with the next attempt scheduled; unanswered at the
 * limit → the hand-off motive (final: NO CONTESTA DERIVADO A N1).
 */
export function decideAttempt(catalog: DispositionCatalog, unansweredBefore: number, result: AttemptResult): AttemptOutcome {
  if (!isUnanswered(result)) return { kind: "none", unanswered: unansweredBefore };
  const unanswered = unansweredBefore + 1;
  const { noAnswer, handOff, maxUnansweredAttempts } = catalog.contactPolicy;
  return unanswered >= maxUnansweredAttempts
    ? { kind: "hand_off", unanswered, ...handOff }
    : { kind: "no_answer", unanswered, ...noAnswer };
}

/** Why a disposition cannot be set on the case (finished: that is a correction), or null. */
export function dispositionRefusal(facts: CaseFacts): string | null {
  if (facts.status !== "finished") return null;
  return (
    `El caso ya está finalizado con «${facts.dispositionLabel ?? "—"}»; un estado nuevo no se puede poner sobre un caso finalizado. ` +
    "Use «Corregir tipificación» mientras su instrucción de cierre no se haya enviado"
  );
}

/** Why the case's current disposition cannot be corrected, or null. */
export function correctionRefusal(facts: { hasDisposition: boolean; instructionStatus: string | null }): string | null {
  if (!facts.hasDisposition) return "El caso no tiene una tipificación que corregir";
  if (facts.instructionStatus && facts.instructionStatus !== "ready") {
    return "La instrucción de cierre ya se envió al sistema de facturación; la tipificación ya no se puede corregir";
  }
  return null;
}

export type MotiveChoice =
  | { ok: true; state: StateDefinition; motive: MotiveDefinition }
  | { ok: false; field: "stateCode" | "motiveCode"; reason: string };

/**
 * The state and motive a disposition names, if the catalog allows them: both exist and are not
 * retired, the motive is one of that state's, and (unless the system sets it) it is not a motive
 * reserved for unanswered attempts.
 */
export function chooseMotive(
  catalog: DispositionCatalog,
  stateCode: string,
  motiveCode: string,
  options: { automatic: boolean } = { automatic: false },
): MotiveChoice {
  const state = findState(catalog, stateCode);
  if (!state) return { ok: false, field: "stateCode", reason: `El estado «${stateCode}» no existe en el catálogo de la campaña` };
  if (state.retired) return { ok: false, field: "stateCode", reason: `El estado «${state.label}» está retirado del catálogo` };
  if (state.motives.length === 0) {
    return {
      ok: false,
      field: "stateCode",
      reason: `El estado «${state.label}» no tiene motivos en el catálogo; un administrador debe definirlos antes de usarlo`,
    };
  }
  const motive = findMotive(state, motiveCode);
  if (!motive) {
    const owner = catalog.states.find((s) => s.code !== state.code && findMotive(s, motiveCode));
    const reason = owner
      ? `El motivo «${findMotive(owner, motiveCode)!.label}» es del estado «${owner.label}», no de «${state.label}»`
      : `El motivo «${motiveCode}» no existe en el estado «${state.label}»`;
    return { ok: false, field: "motiveCode", reason };
  }
  if (motive.retired) return { ok: false, field: "motiveCode", reason: `El motivo «${motive.label}» está retirado del catálogo` };
  if (!options.automatic && isAttemptMotive(catalog, state.code, motive.code)) {
    return {
      ok: false,
      field: "motiveCode",
      reason: `«${state.label} / ${motive.label}» lo registra el sistema al anotar un intento de contacto sin respuesta`,
    };
  }
  return { ok: true, state, motive };
}

/** Why a note cannot be saved (empty, or longer than the motive allows), or null. */
export function noteProblem(note: string, limit: number): string | null {
  if (note.trim() === "") return "La observación está vacía";
  if (note.length > limit) return `La observación tiene ${note.length} caracteres; el máximo es ${limit}. Acórtela`;
  return null;
}

/** A required field's value as the generated note wrote it: an edited note must still say it. */
export interface RequiredNoteValue {
  field: string;
  label: string;
  rendered: string;
}

// Compared without case or spacing: the advisor may retype «Av. Amazonas N24-56» as «av. amazonas n24-56».
const comparable = (text: string) => text.toLocaleLowerCase("es").replace(/\s+/g, "");

/**
 * The required fields whose values an edited note dropped (the billing system receives only the note),
 * each with its Spanish reason; empty when the note still says every one of them.
 */
export function missingNoteValues(
  note: string,
  required: readonly RequiredNoteValue[],
): Array<{ field: string; message: string }> {
  const said = comparable(note);
  return required
    .filter((value) => value.rendered.trim() !== "" && !said.includes(comparable(value.rendered)))
    .map((value) => ({
      field: value.field,
      message: `La observación editada debe conservar «${value.label}»: falta «${value.rendered}»`,
    }));
}

/** The contact phone a note shows: the last answered number, else the last dialled one, else the customer's. */
export function contactPhone(facts: {
  lastAnsweredNumber: string | null;
  lastDialledNumber: string | null;
  customerPhone: string | null;
}) {
  return facts.lastAnsweredNumber ?? facts.lastDialledNumber ?? facts.customerPhone ?? "";
}

export interface NoteFacts {
  company: string;
  advisorEmail: string;
  customerName: string;
  phone: string;
  serviceNumber: string;
  complaintNumber: string;
  motiveLabel: string;
  /** The unanswered attempt the note is about (NO CONTESTA), or the attempts so far. */
  attempt: number;
}

/** The case's placeholders of a note template. */
export function caseNoteValues(facts: NoteFacts): Record<CasePlaceholder, string> {
  return {
    empresa: facts.company,
    usuario: advisorUser(facts.advisorEmail),
    cliente: facts.customerName,
    telefono: facts.phone,
    numero_servicio: facts.serviceNumber,
    queja: facts.complaintNumber,
    motivo: motiveInNote(facts.motiveLabel),
    intento: ordinal(Math.max(1, facts.attempt)),
  };
}

/** Where a disposition takes the case: an intermediate state keeps it open (pending), a final one finishes it. */
export function statusAfter(state: StateDefinition): CaseStatus {
  return state.type === "final" ? "finished" : "pending";
}

/** The queue a disposition leaves the case in: the state's hand-off queue, or the campaign's. */
export function queueAfter(state: StateDefinition): string {
  return state.queue ?? CAMPAIGN_QUEUE;
}
