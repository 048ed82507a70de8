import { describe, expect, it } from "vitest";
import { afterFailure, classifyHttpFailure, MAX_ATTEMPTS, retryDelayMs, simulatedReference } from "./rules.js";

describe("outbound delivery rules", () => {
  it("waits longer after each failure, up to 4 hours", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(retryDelayMs)).toEqual([
      30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 14_400_000, 14_400_000,
    ]);
  });

  it("gives up after the last attempt, or at once on a permanent refusal", () => {
    const now = new Date("2026-03-02T10:00:00Z");
    expect(afterFailure(1, "retry", now)).toEqual({ giveUp: false, retryAt: new Date("2026-03-02T10:00:30Z") });
    expect(afterFailure(MAX_ATTEMPTS - 1, "retry", now).giveUp).toBe(false);
    expect(afterFailure(MAX_ATTEMPTS, "retry", now)).toEqual({ giveUp: true });
    expect(afterFailure(1, "permanent", now)).toEqual({ giveUp: true });
  });

  it("treats 4xx as permanent except timeouts and rate limits; 5xx and no answer are retried", () => {
    expect(classifyHttpFailure(400)).toBe("permanent");
    expect(classifyHttpFailure(404)).toBe("permanent");
    expect(classifyHttpFailure(422)).toBe("permanent");
    expect(classifyHttpFailure(408)).toBe("retry");
    expect(classifyHttpFailure(429)).toBe("retry");
    expect(classifyHttpFailure(500)).toBe("retry");
    expect(classifyHttpFailure(503)).toBe("retry");
    expect(classifyHttpFailure(null)).toBe("retry");
  });

  it("numbers simulated references by adapter", () => {
    expect(simulatedReference("billing", 42)).toBe("FAC-000042");
    expect(simulatedReference("field_service", 1234567)).toBe("OT-1234567");
  });
});
