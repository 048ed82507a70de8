import { Type } from "@sinclair/typebox";
import { literals, Nullable } from "../../platform/http/schemas.js";

const Day = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "AAAA-MM-DD on the tenant's wall clock" });
export const Grain = literals(["day", "week", "month"] as const);
const Unit = literals(["percent", "ratio", "count"] as const);
const Better = literals(["higher", "lower"] as const);
const Code = Type.String({ pattern: "^[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$", maxLength: 80 });

export const Target = Type.Union([
  Type.Object({
    kind: literals(["atLeast", "above", "atMost", "below"] as const),
    value: Type.Number(),
    catalogKey: Type.Optional(Type.String()),
  }),
  Type.Object({ kind: literals(["belowPreviousPeriod", "none"] as const) }),
]);

/** A drill-down column with its header in Spanish and English (the definition names it; the web shows it as is). */
const Words = Type.Object({ es: Type.String(), en: Type.String() });

const Column = Type.Object({ key: Type.String(), kind: Type.String(), label: Words });

export const Definition = Type.Object({
  code: Type.String(),
  procedure: Type.String(),
  unit: Unit,
  better: Better,
  target: Target,
  dimensions: Type.Array(Type.String()),
  rowColumns: Type.Array(Column),
  /** Words for the codes a column or a dimension carries: column or dimension key → code → {es, en}. */
  codes: Type.Record(Type.String(), Type.Record(Type.String(), Words)),
});

const Cell = Type.Object({
  period: Type.String(),
  numerator: Type.Number(),
  denominator: Nullable(Type.Number()),
  value: Nullable(Type.Number()),
  verdict: Nullable(literals(["met", "missed"] as const)),
  trend: Nullable(literals(["up", "down", "flat"] as const)),
});

export const Report = Type.Object({
  code: Type.String(),
  procedure: Type.String(),
  unit: Unit,
  better: Better,
  target: Target,
  grain: Grain,
  dimension: Type.String(),
  periods: Type.Array(Type.String()),
  series: Type.Array(Type.Object({ key: Type.String(), label: Nullable(Type.String()), cells: Type.Array(Cell) })),
});

export const CodeParams = Type.Object({ code: Code });

export const SeriesQuery = Type.Object({
  last: Type.Optional(Day),
  grain: Type.Optional(Grain),
  periods: Type.Optional(Type.Integer({ minimum: 1, maximum: 36 })),
  by: Type.Optional(Type.String({ pattern: "^[a-z_]+$", maxLength: 40 })),
  key: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
});

export const RowsQuery = Type.Object({
  period: Day,
  grain: Type.Optional(Grain),
  by: Type.Optional(Type.String({ pattern: "^[a-z_]+$", maxLength: 40 })),
  key: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
});

export const RowsPage = Type.Object({
  code: Type.String(),
  period: Type.String(),
  columns: Type.Array(Column),
  rows: Type.Array(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Null()]))),
  totals: Type.Object({ rows: Type.Integer(), numerator: Type.Number(), denominator: Type.Number() }),
  page: Type.Object({ limit: Type.Integer(), offset: Type.Integer() }),
});
