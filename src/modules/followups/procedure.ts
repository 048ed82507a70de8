/**
 * A follow-up task's life: pending until it is due, then worked once by its team.
 *
 *   pending ──(the team's step, from its due instant)──▶ done
 *
 * Seed 000: step 9 «control de calidad a los 2 días» (Equipo Seguimiento de Incidentes), step 10 «control
 * de calidad de daños reiterados post solución, 30 días después» (Equipo Gestión de Calidad de las
 * Relaciones Clientes), and the advisor's call before a promotion ends (issue 3, point 5).
 */
import { DateTime } from "luxon";
import { defineProcedure } from "../../platform/procedure/procedure.js";

export type FollowUpStatus = "pending" | "done";
export type FollowUpKind = "quality_control" | "repeated_damage_check" | "promotion_ending";

export interface FollowUpFacts {
  now: Date;
  dueAt: Date;
  /** The tenant's time zone, for the due instant the team reads. */
  timezone: string;
  /** Spanish problem with the answers given, or null. */
  answersProblem: string | null;
}

function dueGuard(facts: FollowUpFacts): string | null {
  if (facts.now.getTime() < facts.dueAt.getTime()) {
    const due = DateTime.fromJSDate(facts.dueAt, { zone: facts.timezone }).setLocale("es");
    return `Este seguimiento corresponde a partir del ${due.toFormat("yyyy-MM-dd HH:mm ZZZZ")}`;
  }
  return facts.answersProblem;
}

export const FOLLOW_UP_PROCEDURE = defineProcedure<FollowUpStatus, FollowUpKind, FollowUpFacts>({
  code: "followups",
  name: "Seguimiento",
  states: { pending: { label: "Pendiente" }, done: { label: "Realizado", isFinal: true } },
  steps: {
    quality_control: {
      label: "Realiza el control de calidad a los 2 días de cerrada la orden",
      seedStep: "9",
      from: ["pending"],
      to: "done",
      roles: ["incident_followup"],
      guard: dueGuard,
    },
    repeated_damage_check: {
      label: "Realiza el control de calidad de daños reiterados post solución",
      seedStep: "10",
      from: ["pending"],
      to: "done",
      roles: ["quality_team"],
      guard: dueGuard,
    },
    promotion_ending: {
      label: "Contacta al cliente antes de que termine su promoción",
      from: ["pending"],
      to: "done",
      roles: ["advisor"],
      guard: dueGuard,
    },
  },
});

/** The team (role) that works a follow-up of this kind: its step's role, the one source the worklist filters on. */
export function followUpRole(kind: FollowUpKind): string {
  return FOLLOW_UP_PROCEDURE.steps[kind].roles[0]!;
}
