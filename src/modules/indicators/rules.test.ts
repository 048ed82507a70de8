import { describe, expect, it } from "vitest";
import { effectiveTarget, indicatorValue, periodEnd, periodStarts, trendOf, verdictOf } from "./rules.js";

describe("indicatorValue", () => {
  it("percent: 100 × n ÷ d, rounded to hundredths", () => {
    expect(indicatorValue("percent", 96, 100)).toBe(96);
    expect(indicatorValue("percent", 1, 3)).toBe(33.33);
    expect(indicatorValue("percent", 0, 7)).toBe(0);
  });
  it("ratio: n ÷ d (attempts per case)", () => {
    expect(indicatorValue("ratio", 7, 4)).toBe(1.75);
    expect(indicatorValue("ratio", 2, 3)).toBe(0.67);
  });
  it("count: the numerator, whatever the denominator", () => {
    expect(indicatorValue("count", 12, null)).toBe(12);
    expect(indicatorValue("count", 0, null)).toBe(0);
  });
  it("an empty denominator is no data, never 0 %", () => {
    expect(indicatorValue("percent", 0, 0)).toBeNull();
    expect(indicatorValue("percent", 0, null)).toBeNull();
    expect(indicatorValue("ratio", 3, 0)).toBeNull();
  });
});

describe("verdictOf", () => {
  it("above is strict: 95 % is observed, 95.01 % accepted (seed 001)", () => {
    const target = { kind: "above", value: 95 } as const;
    expect(verdictOf(target, 95, null)).toBe("missed");
    expect(verdictOf(target, 95.01, null)).toBe("met");
  });
  it("atLeast, atMost and below", () => {
    expect(verdictOf({ kind: "atLeast", value: 90 }, 90, null)).toBe("met");
    expect(verdictOf({ kind: "atLeast", value: 90 }, 89.99, null)).toBe("missed");
    expect(verdictOf({ kind: "atMost", value: 5 }, 5, null)).toBe("met");
    expect(verdictOf({ kind: "atMost", value: 5 }, 5.5, null)).toBe("missed");
    expect(verdictOf({ kind: "below", value: 5 }, 5, null)).toBe("missed");
    expect(verdictOf({ kind: "below", value: 5 }, 4, null)).toBe("met");
  });
  it("below the previous period (seed 000): strictly fewer; no verdict without a previous value", () => {
    const target = { kind: "belowPreviousPeriod" } as const;
    expect(verdictOf(target, 9, 10)).toBe("met");
    expect(verdictOf(target, 10, 10)).toBe("missed");
    expect(verdictOf(target, 11, 10)).toBe("missed");
    expect(verdictOf(target, 10, null)).toBeNull();
  });
  it("no value or no target, no verdict", () => {
    expect(verdictOf({ kind: "above", value: 95 }, null, 90)).toBeNull();
    expect(verdictOf({ kind: "none" }, 50, 40)).toBeNull();
  });
});

describe("effectiveTarget", () => {
  it("the operator's catalog value replaces the seed's for the target's key", () => {
    const target = { kind: "above", value: 95, catalogKey: "annulment_avoidance" } as const;
    expect(effectiveTarget(target, { annulment_avoidance: 97 })).toEqual({ ...target, value: 97 });
    expect(effectiveTarget(target, { other: 10 })).toEqual(target);
    expect(effectiveTarget({ kind: "above", value: 95 }, { annulment_avoidance: 97 })).toEqual({ kind: "above", value: 95 });
    expect(effectiveTarget({ kind: "belowPreviousPeriod" }, { x: 1 })).toEqual({ kind: "belowPreviousPeriod" });
  });
});

describe("trendOf", () => {
  it("up, down, flat, or null without both values", () => {
    expect(trendOf(1, 2)).toBe("up");
    expect(trendOf(2, 1)).toBe("down");
    expect(trendOf(2, 2)).toBe("flat");
    expect(trendOf(null, 2)).toBeNull();
    expect(trendOf(2, null)).toBeNull();
  });
});

describe("periods", () => {
  it("12 months ending with the one containing the day, across a year", () => {
    const months = periodStarts("2026-03-17", "month", 12);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-04-01");
    expect(months.at(-1)).toBe("2026-03-01");
  });
  it("a month's end is the next month's first day, from a 31st too", () => {
    expect(periodStarts("2026-01-31", "month", 2)).toEqual(["2025-12-01", "2026-01-01"]);
    expect(periodEnd("2026-01-01", "month")).toBe("2026-02-01");
    expect(periodEnd("2025-12-01", "month")).toBe("2026-01-01");
  });
  it("weeks start on Monday; days are consecutive", () => {
    expect(periodStarts("2026-12-06", "week", 2)).toEqual(["2026-11-23", "2026-11-30"]);
    expect(periodEnd("2026-11-30", "week")).toBe("2026-12-07");
    expect(periodStarts("2026-03-01", "day", 3)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
  });
});
