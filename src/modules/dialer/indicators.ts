import path from "node:path";
import { fileURLToPath } from "node:url";
import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";

const SQL = path.join(path.dirname(fileURLToPath(import.meta.url)), "sql");

const definition = (name: string): IndicatorDefinition => ({
  code: `dialer.${name}`,
  procedure: "002",
  unit: "percent",
  better: "higher",
  // Seed 002 §5 gives the formula and no goal for these three.
  target: { kind: "none" },
  dimensions: ["campaign", "list_type"],
  valuesSql: path.join(SQL, `${name}-values.sql`),
  rowsSql: path.join(SQL, `${name}-rows.sql`),
  rowColumns: [
    { key: "campaign", kind: "text" },
    { key: "customer", kind: "text" },
    { key: "list_type", kind: "text" },
    { key: "attempts", kind: "number" },
    { key: "last_attempt_at", kind: "datetime" },
  ],
});

/** Seed 002's outbound indicators from the campaign's contact records: contactability, effectiveness and FCR. */
export const DIALER_INDICATORS: readonly IndicatorDefinition[] = [
  definition("contactability"),
  definition("effectiveness"),
  definition("fcr"),
];
