import { describe, expect, it } from "vitest";
import { netPromoterScore, npsCategory, npsWeight, perceivedQuality, scoreProblem } from "./rules.js";

describe("the NPS scale", () => {
  it("0–6 detract, 7–8 are passive, 9–10 promote", () => {
    const categories = Array.from({ length: 11 }, (_, score) => npsCategory(score));
    expect(categories).toEqual([...Array(7).fill("detractor"), "passive", "passive", "promoter", "promoter"]);
    expect([6, 7, 8, 9].map(npsWeight)).toEqual([-1, 0, 0, 1]);
  });

  it("NPS is % promoters − % detractors over every survey, passives in the denominator", () => {
    // 5 promoters, 3 passives, 2 detractors: 50 % − 20 % = 30.
    expect(netPromoterScore([10, 9, 9, 10, 9, 8, 7, 7, 6, 0])).toBe(30);
    expect(netPromoterScore([10, 10])).toBe(100);
    expect(netPromoterScore([0, 6, 3])).toBe(-100);
    expect(netPromoterScore([7, 8])).toBe(0);
  });

  it("no surveys is no data, not 0", () => {
    expect(netPromoterScore([])).toBeNull();
  });
});

describe("perceived quality", () => {
  it("is the mean advisor-satisfaction answer as a share of 10, leaving out surveys without it", () => {
    expect(perceivedQuality([10, 8, null, 9])).toBe(90);
    expect(perceivedQuality([0])).toBe(0);
    expect(perceivedQuality([null, null])).toBeNull();
    expect(perceivedQuality([])).toBeNull();
  });
});

describe("scores outside the scale", () => {
  it("are named with their value", () => {
    expect(scoreProblem(0)).toBeNull();
    expect(scoreProblem(10)).toBeNull();
    expect(scoreProblem(11)).toBe("La calificación «11» está fuera de la escala de 0 a 10");
    expect(scoreProblem(-1)).toMatch(/fuera de la escala/);
    expect(scoreProblem(7.5)).toMatch(/entero/);
  });
});
