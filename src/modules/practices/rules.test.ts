import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  adherence,
  canMoveIdea,
  IDEA_STATUSES,
  leaderWeeklyDue,
  type PracticesCatalog,
  recordingProblem,
  validatePracticesCatalog,
  weeklyDue,
} from "./rules.js";

const catalog: PracticesCatalog = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), "catalogs/management_practices/default.json"), "utf8"),
);
const practice = (code: string) => catalog.practices.find((p) => p.code === code)!;

describe("the seeds' practices catalog", () => {
  it("holds the nine practices of seeds 002 and 004, each with frequency, responsible role, goal and duration", () => {
    expect(catalog.practices.map((p) => p.code)).toEqual([
      "daily_dialogue",
      "weekly_dialogue",
      "process_confirmation",
      "function_confirmation",
      "leader_agenda",
      "adherence_log",
      "improvement_meeting",
      "improvement_circuit",
      "barometer_meeting",
    ]);
    expect(practice("daily_dialogue")).toMatchObject({ frequency: "daily", durationMinutes: 15 });
    expect(practice("barometer_meeting")).toMatchObject({ frequency: "semiannual", durationMinutes: 60 });
    expect(validatePracticesCatalog(catalog)).toEqual([]);
  });

  it("a repeated code or two goals for one role are named", () => {
    const broken = structuredClone(catalog);
    broken.practices[1]!.code = "daily_dialogue";
    broken.practices[4]!.goals.push({ role: "supervisor", count: 2, per: "week" });
    expect(validatePracticesCatalog(broken)).toEqual([
      { path: "practices.1.code", message: "La práctica «daily_dialogue» está repetida" },
      { path: "practices.4.goals.2.role", message: "La práctica «Agenda del líder» tiene dos metas para el rol «supervisor»" },
    ]);
  });
});

describe("what is due in a week", () => {
  it("daily goals on every working day, weekly once, fortnightly a half, semiannual a 26th", () => {
    expect(weeklyDue({ role: "x", count: 1, per: "day" }, 5)).toBe(5);
    expect(weeklyDue({ role: "x", count: 3, per: "week" }, 5)).toBe(3);
    expect(weeklyDue({ role: "x", count: 1, per: "fortnight" }, 5)).toBe(0.5);
    expect(weeklyDue({ role: "x", count: 1, per: "semester" }, 5)).toBeCloseTo(1 / 26, 12);
  });

  it("a leader owes a practice only through a role it names, the largest goal when several apply", () => {
    expect(leaderWeeklyDue(practice("daily_dialogue"), ["supervisor"], 5)).toBe(5);
    expect(leaderWeeklyDue(practice("daily_dialogue"), ["commercial_management"], 5)).toBe(0);
    expect(leaderWeeklyDue(practice("leader_agenda"), ["supervisor", "commercial_management"], 5)).toBe(1);
  });
});

describe("adherence", () => {
  it("is Σ min(held, due) ÷ Σ due: an extra session does not make up for a skipped one", () => {
    expect(
      adherence([
        { held: 5, due: 5 },
        { held: 1, due: 1 },
      ]),
    ).toBe(1);
    expect(
      adherence([
        { held: 4, due: 5 },
        { held: 0, due: 1 },
      ]),
    ).toBe(4 / 6);
    expect(
      adherence([
        { held: 9, due: 5 },
        { held: 0, due: 1 },
      ]),
    ).toBe(5 / 6);
    expect(adherence([{ held: 1, due: 0.5 }])).toBe(1);
  });
  it("nothing due is no data", () => {
    expect(adherence([])).toBeNull();
    expect(adherence([{ held: 2, due: 0 }])).toBeNull();
  });
});

describe("recording a practice", () => {
  const now = new Date("2025-07-10T18:00:00Z");
  const input = { practiceCode: "daily_dialogue", heldAt: new Date("2025-07-10T13:00:00Z"), ideaCount: 0 };
  it("is allowed to a leader whose role the practice names, once held, with ideas only for improvement meetings", () => {
    expect(recordingProblem(practice("daily_dialogue"), input, ["supervisor"], now)).toBeNull();
    expect(recordingProblem(practice("improvement_meeting"), { ...input, ideaCount: 2 }, ["supervisor"], now)).toBeNull();
  });
  it("is refused with a specific reason otherwise", () => {
    expect(recordingProblem(undefined, { ...input, practiceCode: "yoga" }, ["supervisor"], now)).toEqual({
      field: "practiceCode",
      message: "La práctica «yoga» no existe en el catálogo de prácticas de gestión",
    });
    expect(recordingProblem(practice("daily_dialogue"), input, ["advisor"], now)?.message).toBe(
      "La práctica «Diálogo diario» no la realiza su rol",
    );
    expect(
      recordingProblem(practice("daily_dialogue"), { ...input, heldAt: new Date("2025-07-11T00:00:00Z") }, ["supervisor"], now),
    ).toEqual({
      field: "heldAt",
      message: "Una práctica se registra cuando ya se realizó: la fecha no puede ser futura",
    });
    expect(recordingProblem(practice("daily_dialogue"), { ...input, ideaCount: 1 }, ["supervisor"], now)).toEqual({
      field: "ideas",
      message: "La práctica «Diálogo diario» no registra ideas de mejora",
    });
  });
});

describe("an improvement idea's steps", () => {
  it("proposed → approved → in progress → done; discarded from any open status; nothing after the end", () => {
    const allowed = IDEA_STATUSES.flatMap((from) =>
      IDEA_STATUSES.filter((to) => canMoveIdea(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      "proposed→approved",
      "proposed→discarded",
      "approved→in_progress",
      "approved→discarded",
      "in_progress→done",
      "in_progress→discarded",
    ]);
  });
});
