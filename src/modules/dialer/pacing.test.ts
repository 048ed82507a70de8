import { describe, expect, it } from "vitest";
import { adaptDialLevel, dropPercent, linesToDial, type PacingSettings, type PacingStats, taperedRate } from "./pacing.js";
import { seededRandom, simulateShift } from "./shift-simulation.js";

const SETTINGS: PacingSettings = {
  maxLevel: 3,
  targetDropPercent: 3,
  dropSafetyMargin: 0,
  diffTarget: 0,
  intensity: 0,
  dropMethod: "average",
  shiftEnd: "21:00",
  minCallsForDropCap: 50,
  emergencyMinCalls: 20,
  emergencyDropShare: 0.5,
  availableOnly: false,
};
const STATS: PacingStats = {
  level: 2,
  differential: 0,
  avgAgents: 10,
  callsToday: 10,
  answeredToday: 5,
  dropsToday: 0,
  callsLastMinute: 5,
  dropsLastMinute: 0,
  localTime: "10:00",
};
const adapt = (stats: Partial<PacingStats>, settings: Partial<PacingSettings> = {}) =>
  adaptDialLevel({ ...STATS, ...stats }, { ...SETTINGS, ...settings });

describe("VICIdial's adaptive dial level (AST_VDadapt)", () => {
  it("suggested = level × (1 + (differential + target) ÷ agents)", () => {
    expect(adapt({ differential: 1 })).toEqual({ level: 2.2, reason: "adapted" });
    expect(adapt({ differential: -1 })).toEqual({ level: 1.8, reason: "adapted" });
    expect(adapt({ differential: 0 }, { diffTarget: 1 })).toEqual({ level: 2.2, reason: "adapted" });
  });

  it("scales upward changes by (1 + I/100) and downward ones by |I/100 − 1|", () => {
    expect(adapt({ differential: 1 }, { intensity: 20 }).level).toBe(2.24);
    expect(adapt({ differential: -1 }, { intensity: 20 }).level).toBe(1.84);
    expect(adapt({ differential: -1 }, { intensity: -20 }).level).toBe(1.76);
  });

  it("never goes above the maximum level nor below 1.0", () => {
    expect(adapt({ level: 2.9, differential: 8 }).level).toBe(3);
    expect(adapt({ level: 1.1, differential: -9 }).level).toBe(1);
  });

  it("halves the level after a bad minute: more than 20 calls and more than 50 % dropped", () => {
    expect(adapt({ callsLastMinute: 21, dropsLastMinute: 11 })).toEqual({ level: 1, reason: "emergency_halved" });
    expect(adapt({ level: 3, callsLastMinute: 21, dropsLastMinute: 11 })).toEqual({ level: 1.5, reason: "emergency_halved" });
    expect(adapt({ level: 3, callsLastMinute: 20, dropsLastMinute: 15 }).reason).toBe("adapted");
    expect(adapt({ level: 3, callsLastMinute: 21, dropsLastMinute: 10 }).reason).toBe("adapted");
  });

  it("acts before the target by the safety margin (0 is VICIdial's behaviour)", () => {
    const near = { level: 3, callsToday: 51, answeredToday: 100, dropsToday: 3 };
    expect(adapt(near).reason).toBe("adapted");
    expect(adapt(near, { dropSafetyMargin: 0.5 })).toEqual({ level: 1.5, reason: "drop_cap_average" });
  });

  it("caps the drop rate only once today has more than 50 calls", () => {
    const over = { level: 3, callsToday: 51, answeredToday: 100, dropsToday: 4 };
    expect(adapt({ ...over, callsToday: 50 }).reason).toBe("adapted");
    expect(adapt(over, { dropMethod: "hard_limit" })).toEqual({ level: 1, reason: "drop_cap_hard_limit" });
    expect(adapt(over, { dropMethod: "average" })).toEqual({ level: 1.5, reason: "drop_cap_average" });
    expect(adapt({ ...over, dropsToday: 3 }, { dropMethod: "hard_limit" }).reason).toBe("adapted");
  });

  it("tapers: 21:00 − 16:00 = 500 → × 0.5; stricter as the shift goes on; 1.0 after its end", () => {
    expect(taperedRate("21:00", "16:00")).toBe(0.5);
    expect(taperedRate("21:00", "09:00")).toBe(1);
    expect(taperedRate("21:00", "20:30")).toBeCloseTo(0.07);
    expect(taperedRate("21:00", "21:00")).toBe(0);
    const over = { level: 3, callsToday: 51, answeredToday: 100, dropsToday: 4 };
    expect(adapt({ ...over, localTime: "16:00" }, { dropMethod: "tapered" })).toEqual({ level: 1.5, reason: "drop_cap_tapered" });
    expect(adapt({ ...over, localTime: "10:00" }, { dropMethod: "tapered" })).toEqual({ level: 3, reason: "drop_cap_tapered" });
    expect(adapt({ ...over, localTime: "21:30" }, { dropMethod: "tapered" })).toEqual({ level: 1, reason: "drop_cap_tapered" });
  });

  it("measures drops over answered calls", () => {
    expect(dropPercent(3, 100)).toBe(3);
    expect(dropPercent(0, 0)).toBe(0);
  });

  it("property: for any statistics the level stays within [1, max]", () => {
    const random = seededRandom(7);
    for (let i = 0; i < 5000; i++) {
      const maxLevel = 1 + random() * 4;
      const answered = Math.floor(random() * 500);
      const decision = adaptDialLevel(
        {
          level: 1 + random() * (maxLevel - 1),
          differential: (random() - 0.5) * 40,
          avgAgents: random() * 50,
          callsToday: Math.floor(random() * 1000),
          answeredToday: answered,
          dropsToday: Math.floor(random() * answered * 0.1),
          callsLastMinute: Math.floor(random() * 60),
          dropsLastMinute: Math.floor(random() * 30),
          localTime: `${String(Math.floor(random() * 24)).padStart(2, "0")}:${String(Math.floor(random() * 60)).padStart(2, "0")}`,
        },
        {
          ...SETTINGS,
          maxLevel,
          intensity: Math.round((random() - 0.5) * 80),
          dropMethod: (["hard_limit", "average", "tapered"] as const)[i % 3]!,
        },
      );
      expect(decision.level).toBeGreaterThanOrEqual(1);
      expect(decision.level).toBeLessThanOrEqual(maxLevel + 1e-9);
    }
  });

  it("property: the level falls when agents leave (fewer ready agents than waiting calls)", () => {
    const random = seededRandom(11);
    for (let i = 0; i < 2000; i++) {
      const level = 1 + random() * 2;
      const decision = adapt({ level, differential: -(0.1 + random() * 10), avgAgents: 1 + random() * 30 });
      expect(decision.level).toBeLessThanOrEqual(level);
    }
  });
});

describe("lines to dial", () => {
  const counts = { readyAgents: 4, agentsOnCall: 6, callsInFlight: 3 };
  it("preview dials nothing by itself; progressive one line per ready agent", () => {
    expect(linesToDial("preview", 3, counts, false)).toBe(0);
    expect(linesToDial("progressive", 3, counts, false)).toBe(1);
  });
  it("predictive: level × (ready + on call) less the calls up", () => {
    expect(linesToDial("predictive", 2, counts, false)).toBe(20 - 3 - 6);
    expect(linesToDial("predictive", 2, counts, true)).toBe(8 - 3);
    expect(linesToDial("predictive", 1, { readyAgents: 0, agentsOnCall: 5, callsInFlight: 0 }, false)).toBe(0);
  });
});

describe("a simulated shift", () => {
  const model = {
    agents: 300,
    seconds: 4 * 3600,
    answerRate: 0.3,
    ringSeconds: 20,
    meanTalkSeconds: 150,
    wrapUpSeconds: 10,
    dropCallSeconds: 2,
    recomputeSeconds: 15,
    startsAt: "08:00",
    seed: 42,
  };

  it("keeps the drop rate under the 3 % target and keeps agents busier than a fixed ratio of 1.0", () => {
    const predictive = simulateShift(model, "predictive", { ...SETTINGS, dropSafetyMargin: 0.5 });
    const fixed = simulateShift(model, "predictive", SETTINGS, 1);
    expect(predictive.dropPercent).toBeLessThanOrEqual(3);
    expect(predictive.maxLevelSeen).toBeLessThanOrEqual(3);
    expect(predictive.occupancy).toBeGreaterThan(fixed.occupancy);
    expect(fixed.drops).toBe(0);
  });
});
