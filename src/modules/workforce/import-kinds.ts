import type { CellConverter, ImportKind } from "../imports/index.js";
import { codeCell, dateCell, InvalidCell, normalizeLabel, plainCell, textCell } from "../imports/index.js";
import { applyEmploymentRows, applyRosterRows, flagUnknownRosterAgents } from "./repo.js";
import { employmentProblem, rosterShiftProblem } from "./rules.js";
import { EmploymentInput, RosterShiftInput } from "./schemas.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** A time of day as HH:MM: «7:00», «07:00», «19:30», or Excel's fraction of a day. */
const timeCell: CellConverter = (raw) => {
  const value = plainCell(raw);
  if (value === null || value instanceof InvalidCell) return value;
  if (typeof value === "number" && value >= 0 && value < 1) {
    const minutes = Math.round(value * 24 * 60);
    return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
  }
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(String(value).trim());
  if (match && Number(match[1]) < 24 && Number(match[2]) < 60) return `${pad(Number(match[1]))}:${match[2]}`;
  return new InvalidCell(`«${String(value)}» no es una hora; use HH:MM, p. ej. 07:00`);
};

const attendanceCell = codeCell(
  Object.fromEntries(
    Object.entries({
      scheduled: ["programado", "programada", "pendiente"],
      present: ["presente", "asistio", "si"],
      absent: ["ausente", "falta", "no_asistio", "no"],
    }).flatMap(([code, words]) => [[code, code], ...words.map((w) => [normalizeLabel(w), code])]),
  ),
  ["programado", "presente", "ausente"],
);

/** The workforce tool's roster: one shift of one agent a day, with attendance; keyed by agent and day. */
export const ROSTERS_IMPORT: ImportKind = {
  code: "rosters",
  nameEs: "turnos",
  aliases: ["turnos", "programacion", "asistencia"],
  schema: RosterShiftInput,
  columns: [
    { header: "asesor", field: "agentEmail", convert: textCell, example: "asesor@demo.fideliza.co" },
    { header: "fecha", field: "shiftDate", convert: dateCell, example: "2025-07-14" },
    { header: "hora_inicio", field: "startsAt", convert: timeCell, example: "07:00" },
    { header: "hora_fin", field: "endsAt", convert: timeCell, example: "15:00" },
    { header: "asistencia", field: "attendance", convert: attendanceCell, example: "presente" },
    { header: "motivo_ausencia", field: "absenceReason", convert: textCell, example: "" },
  ],
  key: { fields: ["agentEmail", "shiftDate"], column: "fecha", duplicateMessage: "El turno «%s» ya aparece en la fila %s" },
  references: [],
  rowChecks: [flagUnknownRosterAgents],
  crossCheck: rosterShiftProblem,
  dependsOn: [],
  committedAction: "rosters_imported",
  apply: (tx, importId, stamp) => applyRosterRows(tx, importId, stamp),
};

/** Hires and leavers: one agent a row, keyed by agent; a later file with a leaving date records the leaving. */
export const STAFF_MOVEMENTS_IMPORT: ImportKind = {
  code: "staff_movements",
  nameEs: "ingresos y retiros",
  aliases: ["ingresos", "retiros", "ingresos_retiros", "novedades"],
  schema: EmploymentInput,
  columns: [
    { header: "asesor", field: "agentEmail", convert: textCell, example: "asesor@demo.fideliza.co" },
    { header: "fecha_ingreso", field: "hiredOn", convert: dateCell, example: "2024-02-01" },
    { header: "fecha_retiro", field: "leftOn", convert: dateCell, example: "" },
    { header: "motivo_retiro", field: "leavingReason", convert: textCell, example: "" },
  ],
  key: { fields: ["agentEmail"], column: "asesor", duplicateMessage: "El asesor «%s» ya aparece en la fila %s" },
  references: [],
  rowChecks: [flagUnknownRosterAgents],
  crossCheck: employmentProblem,
  dependsOn: [],
  committedAction: "staff_movements_imported",
  apply: (tx, importId, stamp) => applyEmploymentRows(tx, importId, stamp),
};
