import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

/** Seed 002's workforce indicators: absenteeism and turnover (the seed names no goal: lower is better). */
export const WORKFORCE_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "workforce.absenteeism",
    procedure: "002",
    unit: "percent",
    better: "lower",
    target: { kind: "belowPreviousPeriod" },
    dimensions: ["advisor", "team"],
    ...indicatorSql(import.meta.url, "absenteeism"),
    codes: {
      attendance: {
        scheduled: { es: "Programado", en: "Scheduled" },
        present: { es: "Presente", en: "Present" },
        absent: { es: "Ausente", en: "Absent" },
      },
    },
    rowColumns: [
      { key: "shift_date", kind: "date", label: { es: "Fecha", en: "Date" } },
      { key: "advisor", kind: "text", label: { es: "Asesor", en: "Advisor" } },
      { key: "team", kind: "text", label: { es: "Equipo", en: "Team" } },
      { key: "starts_at", kind: "text", label: { es: "Inicio", en: "Start" } },
      { key: "ends_at", kind: "text", label: { es: "Fin", en: "End" } },
      { key: "attendance", kind: "text", label: { es: "Asistencia", en: "Attendance" } },
      { key: "absence_reason", kind: "text", label: { es: "Motivo de ausencia", en: "Absence reason" } },
    ],
  },
  {
    code: "workforce.turnover",
    procedure: "002",
    unit: "percent",
    better: "lower",
    target: { kind: "belowPreviousPeriod" },
    dimensions: ["team"],
    ...indicatorSql(import.meta.url, "turnover"),
    rowColumns: [
      { key: "advisor", kind: "text", label: { es: "Asesor", en: "Advisor" } },
      { key: "team", kind: "text", label: { es: "Equipo", en: "Team" } },
      { key: "hired_on", kind: "date", label: { es: "Ingreso", en: "Hired" } },
      { key: "left_on", kind: "date", label: { es: "Retiro", en: "Left" } },
      { key: "leaving_reason", kind: "text", label: { es: "Motivo de retiro", en: "Leaving reason" } },
    ],
  },
];
