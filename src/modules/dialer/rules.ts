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
