/** Pure rules of rosters and attendance (seed 002 §6). */

/** Why a roster row's fields disagree, in Spanish, with the column at fault (null when they agree). */
export function rosterShiftProblem(row: {
  attendance?: unknown;
  absenceReason?: unknown;
}): { column: string; message: string } | null {
  if (row.absenceReason !== undefined && row.attendance !== "absent")
    return { column: "motivo_ausencia", message: "El motivo de ausencia solo va en un turno con asistencia «ausente»" };
  return null;
}

/** Why an employment row's dates disagree, in Spanish, with the column at fault (null when they agree). */
export function employmentProblem(row: { hiredOn?: unknown; leftOn?: unknown; leavingReason?: unknown }): {
  column: string;
  message: string;
} | null {
  if (typeof row.leftOn === "string" && typeof row.hiredOn === "string" && row.leftOn < row.hiredOn)
    return { column: "fecha_retiro", message: `La fecha de retiro ${row.leftOn} es anterior a la de ingreso ${row.hiredOn}` };
  if (row.leavingReason !== undefined && row.leftOn === undefined)
    return { column: "motivo_retiro", message: "El motivo de retiro necesita la fecha de retiro" };
  return null;
}

/** Absenteeism: absent shifts ÷ scheduled shifts; null when nobody was scheduled («sin datos»). */
export function absenteeism(shifts: readonly { attendance: "scheduled" | "present" | "absent" }[]): number | null {
  if (shifts.length === 0) return null;
  return shifts.filter((s) => s.attendance === "absent").length / shifts.length;
}

/** Whether an agent was active at some point of [start, end): hired before its end and not gone before its start. */
export function isActiveIn(agent: { hiredOn: string; leftOn: string | null }, start: string, end: string): boolean {
  return agent.hiredOn < end && (agent.leftOn === null || agent.leftOn >= start);
}

/** Turnover over [start, end): agents who left in it ÷ agents active in it; null with no active agents. */
export function turnover(
  agents: readonly { hiredOn: string; leftOn: string | null }[],
  start: string,
  end: string,
): number | null {
  const active = agents.filter((a) => isActiveIn(a, start, end));
  if (active.length === 0) return null;
  return active.filter((a) => a.leftOn !== null && a.leftOn >= start && a.leftOn < end).length / active.length;
}
