import { describe, expect, it } from "vitest";
import {
  addMonths,
  benefitMismatch,
  benefitNoteText,
  benefitPeriods,
  isConsecutive,
  listInSpanish,
  monthLabel,
} from "./benefit-rules.js";
import type { Benefit } from "./schema.js";

const skipped: Benefit = { code: "D", label: "Descuento 50 %", kind: "discount", percentage: 50, months: [2, 3, 5] };
const consecutive: Benefit = { code: "C", label: "Descuento 30 %", kind: "discount", percentage: 30, months: [1, 2, 3] };
const free: Benefit = { code: "S", label: "Suspensión sin costo", kind: "suspension", durationMonths: 3, cost: null };
const paid: Benefit = {
  code: "P",
  label: "Suspensión con costo",
  kind: "suspension",
  durationMonths: 3,
  cost: { amount: 10, currency: "USD", plusTax: true },
};

describe("benefits matrix note points", () => {
  it("counts months across the year's end and names them in Spanish", () => {
    expect(addMonths("2025-11-20", 1)).toBe("2025-12");
    expect(addMonths("2025-11-20", 2)).toBe("2026-01");
    expect(addMonths("2025-01-31", 0)).toBe("2025-01");
    expect(monthLabel("2026-01")).toBe("ene-2026");
    expect(listInSpanish([2, 3, 5])).toBe("2, 3 y 5");
    expect(listInSpanish([4])).toBe("4");
  });

  it("tells consecutive months from skipped ones", () => {
    expect(isConsecutive([1, 2, 3])).toBe(true);
    expect(isConsecutive([2, 3, 5])).toBe(false);
    expect(isConsecutive([7])).toBe(true);
  });

  it("starts from the next billing cycle (month 1 = the month after the decision), or the current one", () => {
    expect(benefitPeriods(skipped, "next_cycle", "2025-11-15")).toEqual(["2026-01", "2026-02", "2026-04"]);
    expect(benefitPeriods(skipped, "current_cycle", "2025-11-15")).toEqual(["2025-12", "2026-01", "2026-03"]);
    expect(benefitPeriods(free, "next_cycle", "2025-06-30")).toEqual(["2025-07", "2025-08", "2025-09"]);
  });

  it("writes each benefit with the NOTA's points: benefit, months, consecutive or skipped, start, total, cost", () => {
    expect(benefitNoteText(skipped, "next_cycle", "2025-06-15")).toBe(
      "50% mes 2, 3 y 5 (saltados: ago-2025, sep-2025, nov-2025), inicia ago-2025, total 3 meses",
    );
    expect(benefitNoteText(consecutive, "next_cycle", "2025-06-15")).toBe(
      "30% mes 1, 2 y 3 (consecutivos: jul-2025, ago-2025, sep-2025), inicia jul-2025, total 3 meses",
    );
    expect(benefitNoteText(free, "next_cycle", "2025-06-15")).toBe("sin costo por 3 meses");
    expect(benefitNoteText(paid, "next_cycle", "2025-06-15")).toBe("con costo de $10.00 + imp. mensual por 3 meses");
  });

  it("refuses a benefit of the wrong kind, cost, or retired, for the field asking for it", () => {
    expect(benefitMismatch(skipped, { kind: "discount" })).toBeNull();
    expect(benefitMismatch(free, { kind: "discount" })).toBe("El beneficio «Suspensión sin costo» no es un descuento");
    expect(benefitMismatch(free, { kind: "suspension", cost: "with" })).toContain("no tiene costo");
    expect(benefitMismatch(paid, { kind: "suspension", cost: "without" })).toContain("tiene costo");
    expect(benefitMismatch({ ...skipped, retired: true }, {})).toContain("retirado");
  });
});
