import type { CallOutcome, DialerSettings } from "./catalog-types.js";

/** Pure decisions of the dialer: agent state transitions, what follows a call's outcome, which phone to dial. */

export const AGENT_STATES = ["ready", "on_call", "wrap_up", "paused", "offline"] as const;
export type AgentState = (typeof AGENT_STATES)[number];

/** The states an agent may put themselves in from each state (on_call is set by the dialer's hand-off only). */
const AGENT_MOVES: Record<AgentState, readonly AgentState[]> = {
  offline: ["ready", "paused"],
  ready: ["paused", "offline"],
  paused: ["ready", "offline"],
  wrap_up: [],
  on_call: [],
};

/** Why an agent may not move (Spanish), or null. Wrap-up ends only with the call's disposition. */
export function agentMoveProblem(
  from: AgentState,
  to: AgentState,
  pauseReason: string | null,
  reasons: readonly string[],
): string | null {
  if (from === to && to !== "paused") return null;
  if (from === "on_call") return "Está en una llamada: tipifique y cierre la gestión al terminarla";
  if (from === "wrap_up") return "Registre la tipificación y el cierre de la llamada anterior antes de cambiar de estado";
  if (!AGENT_MOVES[from].includes(to) && !(from === "paused" && to === "paused")) {
    return `No puede pasar de «${from}» a «${to}»`;
  }
  if (to === "paused" && (!pauseReason || !reasons.includes(pauseReason))) {
    return `Indique un motivo de pausa válido: ${reasons.join(", ")}`;
  }
  return null;
}

/** What a call's end means for its record: when to try again, or that it is exhausted. */
export function nextAttempt(
  outcome: Exclude<CallOutcome, "completed">,
  attempts: number,
  settings: Pick<DialerSettings, "retries" | "maxAttemptsPerRecord">,
  now: Date,
): { at: Date | null; exhausted: boolean } {
  if (attempts >= settings.maxAttemptsPerRecord) return { at: null, exhausted: true };
  return { at: new Date(now.getTime() + settings.retries[outcome].afterMinutes * 60_000), exhausted: false };
}

/** The record's phones to try, in order: never references; the least tried first, then the list's order. */
export function phonesToTry<P extends { phone: string; kind: string; position: number }>(
  phones: readonly P[],
  attemptsByPhone: ReadonlyMap<string, number>,
): P[] {
  return phones
    .filter((p) => p.kind !== "reference")
    .sort((a, b) => (attemptsByPhone.get(a.phone) ?? 0) - (attemptsByPhone.get(b.phone) ?? 0) || a.position - b.position);
}

/** Whether an answered call waiting for an agent has become a drop (no agent within the drop seconds). */
export function isDropped(answeredAt: Date, now: Date, dropCallSeconds: number): boolean {
  return now.getTime() - answeredAt.getTime() >= dropCallSeconds * 1000;
}

/** Who a due callback is dialled for: its own advisor, the campaign's team, or nobody yet (wait for the advisor). */
export type CallbackTarget = "owner" | "team" | "wait";

/**
 * Step 9's callback "comes back to the same advisor, then the team's pool": dialled for its advisor when they are
 * ready in the campaign; while they are logged in but busy (on a call, in wrap-up, paused) it waits for them up to
 * `graceMinutes` after it came due; an advisor who is not logged into the campaign, or a callback past its grace,
 * goes to the team (any ready advisor of the campaign).
 */
export function callbackTarget(
  owner: { state: AgentState; campaignId: string } | undefined,
  campaignId: string,
  dueAt: Date,
  now: Date,
  graceMinutes: number,
): CallbackTarget {
  if (owner?.campaignId === campaignId && owner.state === "ready") return "owner";
  if (!owner || owner.campaignId !== campaignId || owner.state === "offline") return "team";
  return now.getTime() - dueAt.getTime() >= graceMinutes * 60_000 ? "team" : "wait";
}

/** Why an advisor may not dial this record by hand (preview mode), in Spanish, or null. */
export function previewDialProblem(
  agent: { state: AgentState; campaignId: string } | undefined,
  campaign: { id: string; pacingMode: string; isActive: boolean },
  record: { status: string; nextAttemptAt: Date | null; callbackUserId: string | null },
  userId: string,
  now: Date,
): string | null {
  if (!campaign.isActive) return "La campaña no está activa";
  if (!agent || agent.campaignId !== campaign.id || agent.state !== "ready")
    return "Póngase disponible en la campaña del registro antes de marcar";
  const ownCallback = record.callbackUserId === userId;
  if (campaign.pacingMode !== "preview" && !ownCallback)
    return "La campaña marca sola (progresivo o predictivo): solo sus devoluciones de llamada se marcan a mano";
  if (record.status !== "pending") return "El registro ya fue marcado, cerrado o agotado";
  if (record.nextAttemptAt && record.nextAttemptAt > now && !ownCallback)
    return "El registro aún no tiene intento pendiente: espera su próximo reintento";
  return null;
}

/** What is wrong with a visit request from the desktop (Spanish, with its field), or null. */
export function visitRequestProblem(input: {
  zone: string;
  slotId: string | null;
  reason: string;
}): { field: string; message: string } | null {
  if (!input.zone.trim()) return { field: "zone", message: "Indique la zona de la visita" };
  if (!input.reason.trim())
    return {
      field: "reason",
      message: input.slotId
        ? "Describa la falla física que motiva la visita"
        : "Anote por qué se escala al back office (la agenda no tiene cupo que le sirva al cliente)",
    };
  return null;
}

/** One dispositioned interaction, as seed 002's FCR counts it. */
export interface TypedInteraction {
  customerId: string;
  /** The typology («tipología»): the disposition code the advisor registered. */
  typology: string;
  at: Date;
  resolvedAtFirstContact: boolean;
}

/**
 * Seed 002's FCR inputs: the interactions typed as resolved at first contact, and those of them the customer came
 * back about — a later interaction of the same customer and typology within `windowDays` (the catalog's
 * `fcrRecontactWindowDays`; the window is half-open: exactly `windowDays` later is outside). FCR is
 * 1 − recontacted ÷ resolved; the indicator engine computes and shows it.
 */
export function firstContactRecontacts(
  interactions: readonly TypedInteraction[],
  windowDays: number,
): { resolvedAtFirstContact: number; recontacted: number } {
  const windowMs = windowDays * 86_400_000;
  const byKey = new Map<string, number[]>();
  for (const i of interactions) {
    const key = `${i.customerId}\u0000${i.typology}`;
    byKey.set(key, [...(byKey.get(key) ?? []), i.at.getTime()]);
  }
  let resolved = 0;
  let recontacted = 0;
  for (const i of interactions) {
    if (!i.resolvedAtFirstContact) continue;
    resolved++;
    const t = i.at.getTime();
    const times = byKey.get(`${i.customerId}\u0000${i.typology}`) ?? [];
    if (times.some((other) => other > t && other - t < windowMs)) recontacted++;
  }
  return { resolvedAtFirstContact: resolved, recontacted };
}

// ------------------------------------------------------------------ escalated visits (the back office's worklist)

/** A visit's state: booked in a slot, escalated to the back office (open), or closed by it without a visit. */
export const VISIT_STATUSES = ["booked", "escalated", "closed"] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/**
 * Why the back office closes an escalated visit without booking it: the customer desisted, the fault is not the
 * operator's (seed 002: «fallas no atribuibles a Claro», support with a trusted technician), it was solved without a
 * visit, the customer could not be reached, or it repeats another request.
 */
export const VISIT_CLOSE_REASONS = [
  "customer_desisted",
  "not_attributable",
  "solved_without_visit",
  "customer_unreachable",
  "duplicate_request",
] as const;
export type VisitCloseReason = (typeof VISIT_CLOSE_REASONS)[number];

/** What the back office decides for an escalated visit: a slot it found, or closing it with a reason. */
export interface VisitResolutionInput {
  outcome: "booked" | "closed";
  slotId?: string | null;
  closeReason?: VisitCloseReason | null;
  note?: string | null;
}

/** A refusal with its words in Spanish and English, and the field at fault when there is one. */
export interface Refusal {
  message: string;
  messageEn: string;
  field?: string;
  /** The state of things stands in the way (a place taken), not the request itself. */
  isConflict?: boolean;
}

/** What is wrong with the back office's resolution as sent (before looking at the visit), or null. */
export function visitResolutionProblem(input: VisitResolutionInput): Refusal | null {
  if (input.outcome === "booked") {
    if (!input.slotId)
      return { field: "slotId", message: "Elija la franja en la que se agenda la visita", messageEn: "Choose the slot to book" };
    if (input.closeReason)
      return {
        field: "closeReason",
        message: "Una visita agendada no lleva motivo de cierre",
        messageEn: "A booked visit takes no closing reason",
      };
    return null;
  }
  if (input.slotId)
    return {
      field: "slotId",
      message: "Una visita cerrada sin agendar no lleva franja",
      messageEn: "A visit closed without booking takes no slot",
    };
  if (!input.closeReason)
    return {
      field: "closeReason",
      message: "Indique el motivo por el que se cierra la visita sin agendar",
      messageEn: "Say why the visit is closed without booking",
    };
  return null;
}

/**
 * Whether the visit may still be resolved: only an open escalation. A second resolution (another back-office user
 * got there first, or the same one twice) is refused, naming what was decided.
 */
export function escalationTransitionProblem(visit: {
  status: VisitStatus;
  resolution: "booked" | "closed" | null;
}): Refusal | null {
  if (visit.status === "escalated") return null;
  if (visit.resolution === "closed")
    return {
      message: "La visita escalada ya fue cerrada por el back office; no se puede resolver de nuevo",
      messageEn: "The escalated visit was already closed by the back office; it cannot be resolved again",
    };
  return {
    message: "La visita escalada ya fue agendada; no se puede resolver de nuevo",
    messageEn: "The escalated visit was already booked; it cannot be resolved again",
  };
}

/** Why a slot of the agenda does not serve the escalated visit of `zone` at `now`, or null (it has a free place). */
export function slotProblem(
  slot: { zone: string; startsAt: Date; capacity: number; booked: number },
  zone: string,
  now: Date,
): Refusal | null {
  if (slot.zone !== zone)
    return {
      field: "slotId",
      message: `La franja es de la zona ${slot.zone}, no de la zona de la visita (${zone})`,
      messageEn: `The slot is in zone ${slot.zone}, not in the visit's zone (${zone})`,
    };
  if (slot.startsAt <= now)
    return { field: "slotId", message: "La franja ya empezó: elija una futura", messageEn: "The slot has already started" };
  if (slot.booked >= slot.capacity) return fullSlot();
  return null;
}

/** The refusal of a slot with no place left (also when another user took the last one a moment before). */
export function fullSlot(): Refusal {
  return {
    field: "slotId",
    message: "La franja ya no tiene cupo: elija otra franja",
    messageEn: "The slot has no place left: choose another one",
    isConflict: true,
  };
}

const DAY_MS = 86_400_000;

/** Whole days an escalation waited for the back office: until it was resolved, or until now while open. */
export function daysWaiting(escalatedAt: Date, resolvedAt: Date | null, now: Date): number {
  const until = resolvedAt ?? now;
  return Math.max(0, Math.floor((until.getTime() - escalatedAt.getTime()) / DAY_MS));
}
