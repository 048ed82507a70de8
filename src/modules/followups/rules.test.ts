import { describe, expect, it } from "vitest";
import { decideStep } from "../../platform/procedure/procedure.js";
import { FOLLOW_UP_PROCEDURE } from "./procedure.js";
import { answersProblem, followUpOutcome } from "./rules.js";

const DUE = new Date("2026-03-12T23:00:00Z");

describe("follow-up answers", () => {
  it("names every missing answer of the kind", () => {
    expect(answersProblem("quality_control", { serviceWorking: true })).toBe(
      "Falta responder: ¿El cliente está satisfecho con la atención?",
    );
    expect(answersProblem("quality_control", { serviceWorking: false, customerSatisfied: false })).toBeNull();
    expect(answersProblem("repeated_damage_check", {})).toContain("¿El daño reiterado quedó solucionado?");
    expect(answersProblem("promotion_ending", { customerStays: true })).toBeNull();
  });

  it("keeps only the kind's answers, the note, and what the system measured", () => {
    expect(
      followUpOutcome(
        "repeated_damage_check",
        { damageSolved: true, customerStays: true, note: "  ok  " },
        { stillCustomer: false, newClaimCodes: ["RC9"] },
      ),
    ).toEqual({ damageSolved: true, note: "ok", stillCustomer: false, newClaim: true, newClaimCodes: ["RC9"] });
    expect(followUpOutcome("promotion_ending", { customerStays: false }, null)).toEqual({ customerStays: false, note: null });
  });
});

describe("follow-up procedure", () => {
  const facts = (now: Date, timezone = "UTC") => ({ now, dueAt: DUE, timezone, answersProblem: null });
  it("is taken by its team only, from its due instant on, once", () => {
    expect(
      decideStep(FOLLOW_UP_PROCEDURE, "quality_control", { state: "pending", roles: ["incident_followup"], facts: facts(DUE) }),
    ).toEqual({
      allowed: true,
      to: "done",
    });
    expect(
      decideStep(FOLLOW_UP_PROCEDURE, "quality_control", { state: "pending", roles: ["quality_team"], facts: facts(DUE) }),
    ).toMatchObject({
      refusal: "wrong_role",
    });
    expect(
      decideStep(FOLLOW_UP_PROCEDURE, "repeated_damage_check", {
        state: "pending",
        roles: ["quality_team"],
        facts: facts(new Date(DUE.getTime() - 1)),
      }),
    ).toMatchObject({ refusal: "guard", reason: "Este seguimiento corresponde a partir del 2026-03-12 23:00 UTC" });
    // The team reads the due instant on the tenant's clock.
    expect(
      decideStep(FOLLOW_UP_PROCEDURE, "quality_control", {
        state: "pending",
        roles: ["incident_followup"],
        facts: facts(new Date(DUE.getTime() - 1), "America/Bogota"),
      }),
    ).toMatchObject({ refusal: "guard", reason: "Este seguimiento corresponde a partir del 2026-03-12 18:00 GMT-5" });
    expect(
      decideStep(FOLLOW_UP_PROCEDURE, "promotion_ending", { state: "done", roles: ["advisor"], facts: facts(DUE) }),
    ).toMatchObject({
      refusal: "out_of_order",
    });
  });
});
