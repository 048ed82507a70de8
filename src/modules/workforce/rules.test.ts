import { describe, expect, it } from "vitest";
import { absenteeism, employmentProblem, isActiveIn, rosterShiftProblem, turnover } from "./rules.js";

describe("absenteeism", () => {
  it("is absent shifts over scheduled shifts, whether or not attendance was taken", () => {
    expect(
      absenteeism([{ attendance: "absent" }, { attendance: "present" }, { attendance: "present" }, { attendance: "scheduled" }]),
    ).toBe(0.25);
    expect(absenteeism([{ attendance: "absent" }])).toBe(1);
    expect(absenteeism([{ attendance: "present" }])).toBe(0);
  });
  it("nobody scheduled is no data", () => expect(absenteeism([])).toBeNull());
});

describe("turnover", () => {
  const july = ["2025-07-01", "2025-08-01"] as const;
  it("is leavers of the period over agents active in it; a leaver counts as active that period", () => {
    const agents = [
      { hiredOn: "2024-01-10", leftOn: null },
      { hiredOn: "2024-03-01", leftOn: "2025-07-15" },
      { hiredOn: "2025-07-20", leftOn: null },
      { hiredOn: "2024-01-01", leftOn: "2025-06-30" }, // gone before July: not active
      { hiredOn: "2025-08-01", leftOn: null }, // joins after July: not active
    ];
    expect(turnover(agents, ...july)).toBe(1 / 3);
  });
  it("a leaver on the period's first day left in it; on the next period's first day, not", () => {
    expect(turnover([{ hiredOn: "2025-01-01", leftOn: "2025-07-01" }], ...july)).toBe(1);
    expect(turnover([{ hiredOn: "2025-01-01", leftOn: "2025-08-01" }], ...july)).toBe(0);
  });
  it("no active agents is no data", () => {
    expect(turnover([], ...july)).toBeNull();
    expect(isActiveIn({ hiredOn: "2025-08-01", leftOn: null }, ...july)).toBe(false);
  });
});

describe("row checks", () => {
  it("an absence reason needs an absent shift", () => {
    expect(rosterShiftProblem({ attendance: "absent", absenceReason: "Incapacidad" })).toBeNull();
    expect(rosterShiftProblem({ attendance: "present", absenceReason: "Incapacidad" })?.column).toBe("motivo_ausencia");
  });
  it("a leaving date not before the hire, and a reason only with a leaving date", () => {
    expect(employmentProblem({ hiredOn: "2025-01-01", leftOn: "2025-01-01" })).toBeNull();
    expect(employmentProblem({ hiredOn: "2025-02-01", leftOn: "2025-01-31" })).toEqual({
      column: "fecha_retiro",
      message: "La fecha de retiro 2025-01-31 es anterior a la de ingreso 2025-02-01",
    });
    expect(employmentProblem({ hiredOn: "2025-01-01", leavingReason: "Renuncia" })?.column).toBe("motivo_retiro");
  });
});
