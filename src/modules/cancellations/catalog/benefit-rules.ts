import type { Benefit, BenefitsCatalog } from "./schema.js";

/**
 * The benefits matrix as the seed's NOTA asks it to be written: the benefit, the month it starts
 * (applied from the next billing cycle), the months, consecutive or skipped, the total. Pure.
 */

const MONTHS_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];

/** "2025-08" → "ago-2025". */
export function monthLabel(period: string): string {
  const [year, month] = period.split("-").map(Number);
  return `${MONTHS_ES[(month ?? 1) - 1]}-${year}`;
}

/** The month `offset` months after the month of `date` (YYYY-MM-DD), as YYYY-MM. */
export function addMonths(date: string, offset: number): string {
  const [year, month] = date.split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Whether a discount's months follow one another (2, 3, 4) or skip some (2, 3, 5). */
export function isConsecutive(months: readonly number[]): boolean {
  return months.every((month, index) => index === 0 || month === months[index - 1]! + 1);
}

/** "2, 3 y 5". */
export function listInSpanish(items: readonly (string | number)[]): string {
  const texts = items.map(String);
  return texts.length <= 1 ? (texts[0] ?? "") : `${texts.slice(0, -1).join(", ")} y ${texts.at(-1)}`;
}

/**
 * The billing months (YYYY-MM) a benefit covers when granted on `decidedOn` (YYYY-MM-DD, the tenant's
 * date): month 1 is the next billing cycle (or the current one, per the matrix's `firstMonth`).
 */
export function benefitPeriods(benefit: Benefit, firstMonth: BenefitsCatalog["firstMonth"], decidedOn: string): string[] {
  const first = firstMonth === "next_cycle" ? 1 : 0;
  const months = benefit.kind === "discount" ? (benefit.months ?? []) : range(benefit.durationMonths ?? 0);
  return months.map((month) => addMonths(decidedOn, first + month - 1));
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function money(cost: NonNullable<Benefit["cost"]>): string {
  const amount = cost.amount.toFixed(2);
  return `${cost.currency === "USD" ? "$" : `${cost.currency} `}${amount}${cost.plusTax ? " + imp." : ""}`;
}

/**
 * The benefit as a note writes it, e.g. «50% mes 2, 3 y 5 (saltados: ago-2025, sep-2025, nov-2025),
 * inicia ago-2025, total 3 meses» or «con costo de $10.00 + imp. mensual por 3 meses».
 */
export function benefitNoteText(benefit: Benefit, firstMonth: BenefitsCatalog["firstMonth"], decidedOn: string): string {
  const periods = benefitPeriods(benefit, firstMonth, decidedOn);
  const total = `${periods.length} ${periods.length === 1 ? "mes" : "meses"}`;
  if (benefit.kind === "suspension") {
    return benefit.cost ? `con costo de ${money(benefit.cost)} mensual por ${total}` : `sin costo por ${total}`;
  }
  const months = benefit.months ?? [];
  const pattern = isConsecutive(months) ? "consecutivos" : "saltados";
  // The seed writes «mes 2 3 y 5»: "mes" in the singular before the list.
  return (
    `${benefit.percentage}% mes ${listInSpanish(months)} (${pattern}: ${periods.map(monthLabel).join(", ")}), ` +
    `inicia ${monthLabel(periods[0] ?? addMonths(decidedOn, 1))}, total ${total}`
  );
}

/** Why a benefit cannot be granted for a field asking for `kind` and `cost`, or null. */
export function benefitMismatch(benefit: Benefit, wanted: { kind?: Benefit["kind"]; cost?: "with" | "without" }): string | null {
  if (benefit.retired) return `El beneficio «${benefit.label}» está retirado de la malla`;
  if (wanted.kind && benefit.kind !== wanted.kind) {
    return `El beneficio «${benefit.label}» no es ${wanted.kind === "discount" ? "un descuento" : "una suspensión"}`;
  }
  if (wanted.cost === "with" && !benefit.cost)
    return `El beneficio «${benefit.label}» no tiene costo; este motivo pide uno con costo`;
  if (wanted.cost === "without" && benefit.cost)
    return `El beneficio «${benefit.label}» tiene costo; este motivo pide uno sin costo`;
  return null;
}
