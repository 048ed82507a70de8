import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { businessCalendar, type WorkingHours } from "../../platform/calendar/business-calendar.js";
import { type DeadlineAction, decideTransition } from "./procedure.js";
import {
  atRiskRatioProblem,
  type DeadlineRule,
  type DeadlineStatus,
  deadlinePhase,
  deadlineRuleProblem,
  elapsedOn,
  isPastDue,
  measureOf,
  scheduleDeadline,
} from "./rules.js";

const WEEKDAYS: WorkingHours = {
  "1": ["08:00", "18:00"],
  "2": ["08:00", "18:00"],
  "3": ["08:00", "18:00"],
  "4": ["08:00", "18:00"],
  "5": ["08:00", "18:00"],
};
const calendar = businessCalendar({ country: "CO", timezone: "America/Bogota", workingHours: WEEKDAYS });
const at = (local: string) => DateTime.fromISO(local, { zone: "America/Bogota" }).toJSDate();
const local = (date: Date) => DateTime.fromJSDate(date, { zone: "America/Bogota" }).toFormat("yyyy-MM-dd HH:mm");

function schedule(rule: DeadlineRule, start: string, pausedMs = 0, atRiskRatio = 0.8) {
  const result = scheduleDeadline({ rule, startedAt: at(start), pausedMs, atRiskRatio }, calendar);
  return { measure: result.measure, due: local(result.dueAt), atRisk: local(result.atRiskAt) };
}

describe("due and at-risk instants per unit (seed deadlines)", () => {
  it("«ATENDIDO (1 día)» from Friday 17:00 with Monday a holiday: Tuesday close; at risk at 80 % of 11 working hours", () => {
    expect(schedule({ amount: 1, unit: "business_days" }, "2026-01-09T17:00")).toEqual({
      measure: "business",
      due: "2026-01-13 18:00",
      atRisk: "2026-01-13 15:48",
    });
  });

  it("«(3 días)» across Holy Week", () => {
    expect(schedule({ amount: 3, unit: "business_days" }, "2026-04-01T10:00").due).toBe("2026-04-08 18:00");
  });

  it("«control de calidad a los 2 días» started outside working hours counts from the next opening", () => {
    expect(schedule({ amount: 2, unit: "business_days" }, "2026-01-16T20:00").due).toBe("2026-01-21 18:00");
  });

  it("«en el día»: the same business day's close", () => {
    expect(schedule({ amount: 0, unit: "same_business_day" }, "2026-01-20T10:00")).toEqual({
      measure: "business",
      due: "2026-01-20 18:00",
      atRisk: "2026-01-20 16:24",
    });
  });

  it("«nueva solicitud dentro las 2 hrs» counts the clock, even after hours", () => {
    expect(schedule({ amount: 2, unit: "hours" }, "2026-01-16T17:00")).toEqual({
      measure: "clock",
      due: "2026-01-16 19:00",
      atRisk: "2026-01-16 18:36",
    });
  });

  it("«atención en 24 horas» runs through the weekend", () => {
    expect(schedule({ amount: 24, unit: "hours" }, "2026-01-16T17:00").due).toBe("2026-01-17 17:00");
  });

  it("«30 días después» is 30 calendar days at the same local time", () => {
    expect(schedule({ amount: 30, unit: "calendar_days" }, "2026-01-16T17:00").due).toBe("2026-02-15 17:00");
  });

  it("2 business hours from Friday 17:00 end Monday 09:00", () => {
    expect(schedule({ amount: 2, unit: "business_hours" }, "2026-01-16T17:00").due).toBe("2026-01-19 09:00");
  });

  it("a custom at-risk ratio", () => {
    expect(schedule({ amount: 2, unit: "hours" }, "2026-01-16T10:00", 0, 0.5).atRisk).toBe("2026-01-16 11:00");
  });
});

describe("pauses while waiting on the customer", () => {
  it("a business-day deadline paused Friday 16:00 and resumed Monday 10:00 moves by the 4 working hours inside the pause", () => {
    const pausedMs = elapsedOn("business", at("2026-01-16T16:00"), at("2026-01-19T10:00"), calendar);
    expect(pausedMs).toBe(4 * 3_600_000);
    const before = schedule({ amount: 1, unit: "business_days" }, "2026-01-15T10:00");
    const after = schedule({ amount: 1, unit: "business_days" }, "2026-01-15T10:00", pausedMs);
    expect(before.due).toBe("2026-01-16 18:00");
    expect(after.due).toBe("2026-01-19 12:00");
  });

  it("a pause entirely inside a weekend does not move a business deadline", () => {
    const pausedMs = elapsedOn("business", at("2026-01-17T09:00"), at("2026-01-18T17:00"), calendar);
    expect(pausedMs).toBe(0);
    expect(schedule({ amount: 1, unit: "business_days" }, "2026-01-16T10:00", pausedMs).due).toBe("2026-01-19 18:00");
  });

  it("a pause over a weekend and a holiday Monday counts no working time on those days", () => {
    const pausedMs = elapsedOn("business", at("2026-01-09T17:30"), at("2026-01-13T09:00"), calendar);
    expect(pausedMs).toBe(1.5 * 3_600_000);
  });

  it("an hours deadline paused over the weekend moves by the full clock time of the pause", () => {
    const pausedMs = elapsedOn("clock", at("2026-01-16T12:00"), at("2026-01-19T08:00"), calendar);
    expect(pausedMs).toBe(68 * 3_600_000);
    expect(schedule({ amount: 24, unit: "hours" }, "2026-01-16T10:00", pausedMs).due).toBe("2026-01-20 06:00");
  });

  it("the at-risk instant moves with the pause too", () => {
    const rule: DeadlineRule = { amount: 10, unit: "business_hours" };
    expect(schedule(rule, "2026-01-20T08:00").atRisk).toBe("2026-01-20 16:00");
    expect(schedule(rule, "2026-01-20T08:00", 2 * 3_600_000).atRisk).toBe("2026-01-20 18:00");
    expect(schedule(rule, "2026-01-20T08:00", 2 * 3_600_000).due).toBe("2026-01-21 10:00");
  });
});

describe("the due instant itself is on time; one millisecond later is breached", () => {
  const dueAt = at("2026-01-20T18:00");
  const atRiskAt = at("2026-01-20T16:24");
  it("isPastDue", () => {
    expect(isPastDue(dueAt, new Date(dueAt.getTime() - 1))).toBe(false);
    expect(isPastDue(dueAt, dueAt)).toBe(false);
    expect(isPastDue(dueAt, new Date(dueAt.getTime() + 1))).toBe(true);
  });

  it("phases of a running deadline", () => {
    const phase = (now: Date) => deadlinePhase({ status: "running", dueAt, atRiskAt }, now);
    expect(phase(at("2026-01-20T10:00"))).toBe("on_time");
    expect(phase(atRiskAt)).toBe("at_risk");
    expect(phase(dueAt)).toBe("at_risk");
    expect(phase(new Date(dueAt.getTime() + 1))).toBe("breached");
    expect(deadlinePhase({ status: "paused", dueAt, atRiskAt }, at("2026-02-01T00:00"))).toBe("paused");
  });
});

describe("rule validation", () => {
  it("states which clock each unit uses", () => {
    expect(measureOf("business_days")).toBe("business");
    expect(measureOf("same_business_day")).toBe("business");
    expect(measureOf("business_hours")).toBe("business");
    expect(measureOf("hours")).toBe("clock");
    expect(measureOf("calendar_days")).toBe("clock");
  });

  it("refuses amounts that do not fit the unit, in Spanish", () => {
    expect(deadlineRuleProblem({ amount: 1, unit: "business_days" })).toBeNull();
    expect(deadlineRuleProblem({ amount: 1.5, unit: "business_days" })).toMatch(/entero/);
    expect(deadlineRuleProblem({ amount: 0, unit: "business_days" })).toMatch(/entre 1 y 366/);
    expect(deadlineRuleProblem({ amount: 2, unit: "same_business_day" })).toMatch(/en el día/);
    expect(deadlineRuleProblem({ amount: 0, unit: "hours" })).toMatch(/mayores que 0/);
    expect(deadlineRuleProblem({ amount: 0.5, unit: "hours" })).toBeNull();
    expect(deadlineRuleProblem({ amount: 1, unit: "weeks" as never })).toMatch(/desconocida/);
    expect(atRiskRatioProblem(1)).toMatch(/entre 0 y 1/);
    expect(atRiskRatioProblem(0.8)).toBeNull();
  });
});

describe("transitions", () => {
  const dueAt = at("2026-01-20T18:00");
  const before = at("2026-01-20T12:00");
  const after = at("2026-01-20T19:00");
  const allowed: Record<DeadlineStatus, DeadlineAction[]> = {
    running: ["pause", "complete", "cancel"],
    paused: ["resume", "complete", "cancel"],
    met: [],
    breached: ["complete"],
    cancelled: [],
  };
  const actions: DeadlineAction[] = ["pause", "resume", "complete", "cancel"];

  for (const [status, permitted] of Object.entries(allowed) as Array<[DeadlineStatus, DeadlineAction[]]>) {
    for (const action of actions) {
      it(`${action} a ${status} deadline: ${permitted.includes(action) ? "allowed" : "refused"}`, () => {
        const decision = decideTransition(action, { status, dueAt, metAt: null }, before);
        expect(decision.allowed).toBe(permitted.includes(action));
        if (!decision.allowed) expect(decision.reason).toMatch(/^No se puede \S+ un plazo /);
      });
    }
  }

  it("completing on time is met; late is breached", () => {
    expect(decideTransition("complete", { status: "running", dueAt, metAt: null }, dueAt)).toEqual({
      allowed: true,
      to: "met",
      late: false,
    });
    expect(decideTransition("complete", { status: "running", dueAt, metAt: null }, after)).toEqual({
      allowed: true,
      to: "breached",
      late: true,
    });
    expect(decideTransition("complete", { status: "paused", dueAt, metAt: null }, after)).toEqual({
      allowed: true,
      to: "met",
      late: false,
    });
  });

  it("a running deadline past its due instant is treated as breached before its timer fires", () => {
    const pause = decideTransition("pause", { status: "running", dueAt, metAt: null }, after);
    expect(pause).toEqual({ allowed: false, reason: "No se puede pausar un plazo vencido" });
    expect(decideTransition("cancel", { status: "running", dueAt, metAt: null }, after).allowed).toBe(false);
  });

  it("a breached deadline is completed only once", () => {
    const decision = decideTransition("complete", { status: "breached", dueAt, metAt: after }, after);
    expect(decision).toEqual({ allowed: false, reason: "El plazo ya fue completado" });
  });

  it("names the state in Spanish", () => {
    expect(decideTransition("resume", { status: "running", dueAt, metAt: null }, before)).toEqual({
      allowed: false,
      reason: "No se puede reanudar un plazo en curso",
    });
    expect(decideTransition("pause", { status: "met", dueAt, metAt: before }, before)).toEqual({
      allowed: false,
      reason: "No se puede pausar un plazo cumplido",
    });
  });
});
