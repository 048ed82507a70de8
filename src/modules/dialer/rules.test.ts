import { describe, expect, it } from "vitest";
import { agentMoveProblem, isDropped, nextAttempt, phonesToTry } from "./rules.js";

const REASONS = ["break", "lunch"];
const SETTINGS = {
  maxAttemptsPerRecord: 3,
  retries: {
    busy: { afterMinutes: 30 },
    no_answer: { afterMinutes: 120 },
    machine: { afterMinutes: 240 },
    dropped: { afterMinutes: 1440 },
    rejected: { afterMinutes: 1440 },
    failed: { afterMinutes: 0 },
    invalid: { afterMinutes: 0 },
  },
};
const NOW = new Date("2026-12-07T15:00:00Z");

describe("agent states", () => {
  it("lets an agent go ready, pause with a reason and come back", () => {
    expect(agentMoveProblem("offline", "ready", null, REASONS)).toBeNull();
    expect(agentMoveProblem("ready", "paused", "lunch", REASONS)).toBeNull();
    expect(agentMoveProblem("paused", "ready", null, REASONS)).toBeNull();
    expect(agentMoveProblem("paused", "paused", "break", REASONS)).toBeNull();
  });
  it("refuses a pause without a catalog reason", () => {
    expect(agentMoveProblem("ready", "paused", null, REASONS)).toMatch(/motivo de pausa/);
    expect(agentMoveProblem("ready", "paused", "nap", REASONS)).toMatch(/break, lunch/);
  });
  it("keeps an agent on the call and in wrap-up until the disposition", () => {
    expect(agentMoveProblem("on_call", "ready", null, REASONS)).toMatch(/llamada/);
    expect(agentMoveProblem("wrap_up", "paused", "break", REASONS)).toMatch(/tipificación/);
  });
});

describe("retries by outcome", () => {
  it("waits the catalog's minutes for each outcome", () => {
    expect(nextAttempt("busy", 1, SETTINGS, NOW)).toEqual({ at: new Date("2026-12-07T15:30:00Z"), exhausted: false });
    expect(nextAttempt("dropped", 1, SETTINGS, NOW)).toEqual({ at: new Date("2026-12-08T15:00:00Z"), exhausted: false });
    expect(nextAttempt("failed", 1, SETTINGS, NOW)).toEqual({ at: NOW, exhausted: false });
  });
  it("exhausts the record at the attempt limit", () => {
    expect(nextAttempt("no_answer", 3, SETTINGS, NOW)).toEqual({ at: null, exhausted: true });
  });
});

describe("phones to try", () => {
  it("never a reference; the least tried first, then the list's order", () => {
    const phones = [
      { phone: "1", kind: "customer", position: 1 },
      { phone: "2", kind: "customer", position: 2 },
      { phone: "3", kind: "reference", position: 3 },
    ];
    expect(phonesToTry(phones, new Map()).map((p) => p.phone)).toEqual(["1", "2"]);
    expect(phonesToTry(phones, new Map([["1", 2]])).map((p) => p.phone)).toEqual(["2", "1"]);
  });
});

describe("drops", () => {
  it("is a drop at exactly the drop seconds, not before", () => {
    const answered = new Date("2026-12-07T15:00:00.000Z");
    expect(isDropped(answered, new Date("2026-12-07T15:00:01.999Z"), 2)).toBe(false);
    expect(isDropped(answered, new Date("2026-12-07T15:00:02.000Z"), 2)).toBe(true);
  });
});
