/**
 * The life of a deadline as a transition table. Commands ask `decideTransition` before changing
 * anything; a refused move carries the Spanish reason the user sees.
 *
 *   running ──pause──▶ paused ──resume──▶ running
 *   running / paused ──complete──▶ met (on time) or breached + met_at (late)
 *   running ──due timer, after dueAt──▶ breached ──complete──▶ breached + met_at
 *   running / paused ──cancel──▶ cancelled
 *
 * A running deadline whose due instant has passed counts as breached even before its timer fires.
 * The timers (at risk, due) are not user actions: they act only on a deadline still stored as running.
 */
import { type DeadlineStatus, isPastDue } from "./rules.js";

export type DeadlineAction = "pause" | "resume" | "complete" | "cancel";

export interface DeadlineState {
  status: DeadlineStatus;
  dueAt: Date;
  metAt: Date | null;
}

const ALLOWED_FROM: Record<DeadlineAction, readonly DeadlineStatus[]> = {
  pause: ["running"],
  resume: ["paused"],
  complete: ["running", "paused", "breached"],
  cancel: ["running", "paused"],
};

const VERB: Record<DeadlineAction, string> = {
  pause: "pausar",
  resume: "reanudar",
  complete: "completar",
  cancel: "cancelar",
};

export const STATUS_NAME: Record<DeadlineStatus, string> = {
  running: "en curso",
  paused: "en pausa",
  met: "cumplido",
  breached: "vencido",
  cancelled: "cancelado",
};

export type TransitionDecision = { allowed: true; to: DeadlineStatus; late: boolean } | { allowed: false; reason: string };

/** The status a deadline really is in at `now`: running past its due instant is breached. */
export function effectiveStatus(state: DeadlineState, now: Date): DeadlineStatus {
  return state.status === "running" && isPastDue(state.dueAt, now) ? "breached" : state.status;
}

/** Whether `action` may be taken on a deadline at `now`, and where it leads. */
export function decideTransition(action: DeadlineAction, state: DeadlineState, now: Date): TransitionDecision {
  const from = effectiveStatus(state, now);
  if (!ALLOWED_FROM[action].includes(from)) {
    return { allowed: false, reason: `No se puede ${VERB[action]} un plazo ${STATUS_NAME[from]}` };
  }
  if (action === "complete" && state.metAt !== null) return { allowed: false, reason: "El plazo ya fue completado" };
  switch (action) {
    case "pause":
      return { allowed: true, to: "paused", late: false };
    case "resume":
      return { allowed: true, to: "running", late: false };
    case "cancel":
      return { allowed: true, to: "cancelled", late: false };
    case "complete":
      // A paused deadline's clock is stopped, so completing it is on time.
      return from === "breached" ? { allowed: true, to: "breached", late: true } : { allowed: true, to: "met", late: false };
  }
}
