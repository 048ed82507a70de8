import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * An indicator a module declares for the one indicator engine (src/modules/indicators). The module owns
 * the named SQL; the engine runs it, applies the formula and the target, charts it, drills it down,
 * exports it and serves it over the API and the CLI. Nothing outside the engine computes a percentage.
 *
 * Both SQL files run inside the tenant's transaction (row-level security scopes them) with the same
 * parameters:
 *   $1 from (timestamptz, inclusive)  $2 to (timestamptz, exclusive)  $3 the tenant's time zone (text)
 *   $4 the period grain: 'day' | 'week' | 'month'  $5 the dimension code (text, one of `dimensions`, or 'total')
 *   $6 one dimension value to keep (text) or NULL for every value
 * `valuesSql` returns one row per period and dimension value:
 *   period (date, the period's first day on the tenant's wall clock), key (text), label (text or NULL),
 *   numerator (numeric), denominator (numeric, NULL for a plain count)
 * `rowsSql` returns the rows behind one period's value (the engine adds $7 period (date)): any columns
 * the drill-down shows, plus numerator_weight and denominator_weight (numeric). Their sums over the
 * rows equal the value's numerator and denominator — an NPS survey weighs +1, 0 or −1 — and a test in
 * the engine holds every definition to it.
 */
/** Words a person reads, in each language the product answers in (platform/http/language.ts). */
export interface IndicatorText {
  es: string;
  en: string;
}

/** One column of the drill-down: its key in the rows SQL, its kind for formatting, and its header. */
export interface IndicatorColumn {
  key: string;
  kind: "text" | "date" | "datetime" | "number" | "money" | "percent";
  /** The header the screens, the .xlsx and the CLI show, in the reader's language. */
  label: IndicatorText;
}

/** Words for the codes one column or dimension carries, by code. */
export type IndicatorCodes = Readonly<Record<string, IndicatorText>>;

export interface IndicatorDefinition {
  /** Stable code, `<module>.<name>`, e.g. `adjustments.rejected`. Labels live in web/src/i18n under `indicators.<code>`. */
  code: string;
  /** The seed whose formula this is ("000" … "004"). */
  procedure: "000" | "001" | "002" | "003" | "004";
  /** percent: 100 × numerator ÷ denominator; ratio: numerator ÷ denominator (a mean, attempts per case); count: the numerator. */
  unit: "percent" | "ratio" | "count";
  /** Which way is good; charts colour against it. */
  better: "higher" | "lower";
  /**
   * The seed's target: a threshold (`above` is strict, as in "> 95 % aceptado"), or below the previous
   * period ("cancelaciones de este mes < mes anterior"). `catalogKey` names a setting the operator may
   * change in the `indicator_targets` catalog; `value` is the seed's default. `none` (added with the
   * engine) is for what the seed describes without a goal — seed 003's final-state distribution, attempts
   * per case — so the engine shows the value and its trend and never invents a verdict.
   */
  target:
    | { kind: "atLeast" | "above" | "atMost" | "below"; value: number; catalogKey?: string }
    | { kind: "belowPreviousPeriod" }
    | { kind: "none" };
  /** Breakdowns besides the total: period is always there; these are codes such as campaign, team, advisor, product, zone, cut, area, list_type. */
  dimensions: readonly string[];
  /**
   * Permissions besides the engine's `reports:read` whose holders may read this indicator too, because
   * the module's own screen shows it to them (the desk's cut indicators to the adjustments back office,
   * the annulment indicator to the areas of seed 001). The engine checks them; the module computes nothing.
   */
  readers?: readonly string[];
  /** Absolute paths of the two SQL files (see above). */
  valuesSql: string;
  rowsSql: string;
  /**
   * The drill-down's columns in order, with their kind for es-CO formatting and their headers in Spanish and
   * English: the definition is the one place a column is named (the web reads them from `GET /api/indicators`).
   */
  rowColumns: readonly IndicatorColumn[];
  /**
   * Words for the codes the SQL gives instead of text (the product's own enumerations: an outcome, a list
   * type, «no team»), keyed by a drill-down column's or a dimension's key, then by code. The SQL never
   * writes words in one language: the .xlsx and the CLI name the codes here in the reader's language, and the
   * web reads them from `GET /api/indicators`. Names from data (a team's, a catalog's) come from the SQL.
   */
  codes?: Readonly<Record<string, IndicatorCodes>>;
}

/**
 * The words for `value` of column or dimension `key`, or null when it is not a declared code. A key
 * «campaign/code» (the dimensions within one campaign) is looked up by its part after the slash.
 */
export function indicatorCodeText(
  definition: Pick<IndicatorDefinition, "codes">,
  key: string,
  value: string,
  language: keyof IndicatorText,
): string | null {
  const codes = definition.codes?.[key];
  if (!codes) return null;
  const own = Object.hasOwn(codes, value) ? codes[value] : undefined;
  const tail = value.slice(value.lastIndexOf("/") + 1);
  const words = own ?? (Object.hasOwn(codes, tail) ? codes[tail] : undefined);
  return words ? words[language] : null;
}

/**
 * The two SQL files of an indicator named `name`, in the `sql/` folder beside the declaring file:
 * `<name>-values.sql` and `<name>-rows.sql`. `moduleUrl` is the caller's `import.meta.url`.
 */
export function indicatorSql(moduleUrl: string, name: string): Pick<IndicatorDefinition, "valuesSql" | "rowsSql"> {
  const folder = path.join(path.dirname(fileURLToPath(moduleUrl)), "sql");
  return { valuesSql: path.join(folder, `${name}-values.sql`), rowsSql: path.join(folder, `${name}-rows.sql`) };
}
