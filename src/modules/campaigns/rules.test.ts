import { describe, expect, it } from "vitest";
import { complianceRate, indicatorPeriod, retentionRates, share } from "./rules.js";

describe("campaign indicator arithmetic", () => {
  it("divides, or says there is nothing to divide", () => {
    expect(share(1, 3)).toBe(0.3333);
    expect(share(0, 0)).toBeNull();
  });

  it("retention rate leaves the not-applicable out, and shows the unreached apart", () => {
    expect(retentionRates({ retained: 6, lost: 2, unreached: 2 })).toEqual({ rate: 0.75, rateWithUnreached: 0.6 });
    expect(retentionRates({ retained: 0, lost: 0, unreached: 0 })).toEqual({ rate: null, rateWithUnreached: null });
  });

  it("compliance judges only instructions that are done or overdue", () => {
    expect(complianceRate({ met: 3, late: 1, overdue: 0 })).toBe(0.75);
    expect(complianceRate({ met: 0, late: 0, overdue: 0 })).toBeNull();
  });

  it("covers whole days of the tenant's calendar, 30 days by default", () => {
    const now = new Date("2025-06-16T03:00:00Z"); // 15 June, 22:00 in Guayaquil
    expect(indicatorPeriod({}, now, "America/Guayaquil")).toEqual({
      from: new Date("2025-05-17T05:00:00Z"),
      to: new Date("2025-06-16T05:00:00Z"),
    });
    expect(indicatorPeriod({ fromDay: "2025-06-01", toDay: "2025-06-01" }, now, "America/Guayaquil")).toEqual({
      from: new Date("2025-06-01T05:00:00Z"),
      to: new Date("2025-06-02T05:00:00Z"),
    });
    expect(indicatorPeriod({ fromDay: "2025-06-10", toDay: "2025-06-01" }, now, "UTC")).toBe(
      "El inicio del periodo es posterior a su fin",
    );
    expect(indicatorPeriod({ fromDay: "ayer" }, now, "UTC")).toBe("Las fechas del periodo deben ser AAAA-MM-DD");
  });
});
