import { describe, expect, it } from "vitest";
import { rosteredStaff, serviceLevel, staffingInputProblem, staffingPlan, trafficErlangs, waitProbability } from "./staffing.js";

// The published vector (pyworkforce and R ErlangC agree; next-procedures §4).
const VECTOR = {
  calls: 100,
  intervalSeconds: 1800,
  handleTimeSeconds: 180,
  serviceLevelTarget: 0.8,
  answerWithinSeconds: 20,
  shrinkage: 0.3,
  maxOccupancy: 0.85,
};

describe("Erlang C against the published example", () => {
  it("100 calls in 30 min at 180 s, 80 % in 20 s, 30 % shrinkage: 10 Erlangs, 14 agents, 20 rostered", () => {
    const plan = staffingPlan(VECTOR);
    expect(plan.trafficErlangs).toBe(10);
    expect(plan.agents).toBe(14);
    expect(plan.rostered).toBe(20);
    expect(plan.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(plan.waitProbability).toBeCloseTo(0.17413, 5);
    expect(plan.averageSpeedOfAnswerSeconds).toBeCloseTo(7.836, 3);
    expect(plan.occupancy).toBeCloseTo(0.714, 3);
  });

  it("the service level by agent count matches the vector: 11 → 0.390, 12 → 0.640, 13 → 0.796", () => {
    expect(serviceLevel(11, 10, 180, 20)).toBeCloseTo(0.39, 3);
    expect(serviceLevel(12, 10, 180, 20)).toBeCloseTo(0.64, 3);
    expect(serviceLevel(13, 10, 180, 20)).toBeCloseTo(0.796, 3);
  });

  it("13 agents miss 80 % by a hair, so the plan is 14 and not 13", () => {
    expect(serviceLevel(13, 10, 180, 20)).toBeLessThan(0.8);
    expect(staffingPlan({ ...VECTOR, serviceLevelTarget: 0.79 }).agents).toBe(13);
  });
});

describe("Erlang C properties over a grid of inputs", () => {
  const traffics = [0.1, 0.5, 1, 2.5, 7, 10, 33.3, 80, 250];
  it("P(wait) is a probability, 1 at N ≤ A, and falls as agents are added", () => {
    for (const a of traffics) {
      expect(waitProbability(Math.floor(a), a)).toBe(1);
      let previous = 1;
      for (let n = Math.floor(a) + 1; n <= Math.floor(a) + 40; n++) {
        const p = waitProbability(n, a);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(previous);
        previous = p;
      }
    }
  });

  it("the plan's agents are the fewest that meet the target, and rostering never gives fewer than the plan", () => {
    for (const a of traffics)
      for (const target of [0.5, 0.8, 0.95])
        for (const shrinkage of [0, 0.1, 0.3, 0.5]) {
          const input = { ...VECTOR, calls: (a * 1800) / 180, serviceLevelTarget: target, shrinkage, maxOccupancy: 1 };
          const plan = staffingPlan(input);
          expect(plan.serviceLevel).toBeGreaterThanOrEqual(target);
          if (plan.agents - 1 > a) expect(serviceLevel(plan.agents - 1, a, 180, 20)).toBeLessThan(target);
          expect(plan.rostered).toBeGreaterThanOrEqual(plan.agents);
          expect(plan.rostered * (1 - shrinkage)).toBeGreaterThanOrEqual(plan.agents - 1e-9);
        }
  });

  it("the occupancy cap adds agents when the service level alone would run them hotter", () => {
    const plan = staffingPlan({ ...VECTOR, calls: 2000, serviceLevelTarget: 0.5, maxOccupancy: 0.85 });
    expect(plan.occupancy).toBeLessThanOrEqual(0.85);
    expect(staffingPlan({ ...VECTOR, calls: 2000, serviceLevelTarget: 0.5, maxOccupancy: 1 }).agents).toBeLessThan(plan.agents);
  });
});

describe("edges", () => {
  it("no calls need one agent and wait for nothing", () => {
    const plan = staffingPlan({ ...VECTOR, calls: 0 });
    expect(plan.trafficErlangs).toBe(0);
    expect(plan.agents).toBe(1);
    expect(plan.waitProbability).toBe(0);
    expect(plan.averageSpeedOfAnswerSeconds).toBe(0);
  });

  it("rostering rounds 21 ÷ 0.7 to 30, not to the 31 floating point would give", () => {
    expect(21 / (1 - 0.3)).toBeGreaterThan(30);
    expect(rosteredStaff(21, 0.3)).toBe(30);
    expect(rosteredStaff(14, 0.3)).toBe(20);
    expect(rosteredStaff(15, 0.3)).toBe(22);
    expect(rosteredStaff(7, 0)).toBe(7);
  });

  it("traffic is calls × handle time ÷ interval", () => {
    expect(trafficErlangs(60, 300, 3600)).toBe(5);
  });

  it("unusable input is refused with a Spanish reason", () => {
    expect(staffingInputProblem(VECTOR)).toBeNull();
    expect(staffingInputProblem({ ...VECTOR, calls: -1 })).toMatch(/volumen/);
    expect(staffingInputProblem({ ...VECTOR, handleTimeSeconds: 0 })).toMatch(/tiempo medio/);
    expect(staffingInputProblem({ ...VECTOR, serviceLevelTarget: 1 })).toMatch(/nivel de servicio/);
    expect(staffingInputProblem({ ...VECTOR, shrinkage: 1 })).toMatch(/shrinkage/);
    expect(staffingInputProblem({ ...VECTOR, intervalSeconds: 0 })).toMatch(/intervalo/);
    expect(staffingInputProblem({ ...VECTOR, maxOccupancy: 0 })).toMatch(/ocupación/);
    expect(() => staffingPlan({ ...VECTOR, calls: Number.NaN })).toThrow(/volumen/);
  });
});
