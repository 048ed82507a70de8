import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

/** Seeds 002 and 004's adherence to the management practices: held ÷ due per leader and week (goal: every practice due). */
export const PRACTICE_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "practices.adherence",
    procedure: "002",
    unit: "percent",
    better: "higher",
    target: { kind: "atLeast", value: 100, catalogKey: "practices.adherence" },
    dimensions: ["leader", "team", "practice"],
    ...indicatorSql(import.meta.url, "adherence"),
    rowColumns: [
      { key: "week_start", kind: "date", label: { es: "Semana", en: "Week" } },
      { key: "leader", kind: "text", label: { es: "Líder", en: "Leader" } },
      { key: "team", kind: "text", label: { es: "Equipo", en: "Team" } },
      { key: "practice", kind: "text", label: { es: "Práctica", en: "Practice" } },
      { key: "held", kind: "number", label: { es: "Realizadas", en: "Held" } },
      { key: "due", kind: "number", label: { es: "Previstas", en: "Due" } },
    ],
  },
];
