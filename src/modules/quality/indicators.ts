import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

/** Seed 002's emitted quality: the mean monitoring score, goal 90 %. */
export const QUALITY_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "quality.emitted",
    procedure: "002",
    unit: "percent",
    better: "higher",
    target: { kind: "atLeast", value: 90, catalogKey: "quality.emitted" },
    dimensions: ["advisor", "team", "scorecard"],
    ...indicatorSql(import.meta.url, "emitted-quality"),
    codes: { critical_failed: { true: { es: "Sí", en: "Yes" }, false: { es: "No", en: "No" } } },
    rowColumns: [
      { key: "monitored_at", kind: "datetime", label: { es: "Monitoreada", en: "Monitored" } },
      { key: "advisor", kind: "text", label: { es: "Asesor", en: "Advisor" } },
      { key: "team", kind: "text", label: { es: "Equipo", en: "Team" } },
      { key: "scorecard", kind: "text", label: { es: "Ficha", en: "Scorecard" } },
      { key: "score", kind: "number", label: { es: "Calificación", en: "Score" } },
      { key: "critical_failed", kind: "text", label: { es: "Punto crítico fallado", en: "Critical item failed" } },
      { key: "acknowledged_at", kind: "datetime", label: { es: "Leída por el asesor", en: "Acknowledged by the advisor" } },
    ],
  },
];
