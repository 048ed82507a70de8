import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

const ROW_COLUMNS = [
  { key: "cut", kind: "date", label: { es: "Fecha de corte", en: "Billing cut" } },
  { key: "filing", kind: "text", label: { es: "Radicado", en: "Filing number" } },
  { key: "advisor", kind: "text", label: { es: "Asesor", en: "Advisor" } },
  { key: "cause", kind: "text", label: { es: "Causal", en: "Cause" } },
  { key: "status", kind: "text", label: { es: "Estado", en: "Status" } },
] as const;

const definition = (name: string, better: "higher" | "lower"): IndicatorDefinition => ({
  code: `adjustments.${name}`,
  procedure: "004",
  unit: "percent",
  better,
  // Seed 004 §5 states the three formulas and no goal.
  target: { kind: "none" },
  dimensions: ["cut", "advisor"],
  // The cell and the back office read them on the desk's cut (AdjustmentsDeskPage).
  readers: ["adjustments:read"],
  ...indicatorSql(import.meta.url, name),
  rowColumns: ROW_COLUMNS,
});

/** Seed 004's three indicators per billing cut: rejected %, corrected % and applied % of the rows the client sent. */
export const ADJUSTMENT_INDICATORS: readonly IndicatorDefinition[] = [
  definition("rejected", "lower"),
  definition("corrected", "lower"),
  definition("applied", "higher"),
];
