import { describe, expect, it } from "vitest";
import { decideStep, explainSteps } from "../../platform/procedure/procedure.js";
import { NO_PQR_FACTS, PQR_PROCEDURE } from "./procedure.js";

const facts = (extra: Partial<typeof NO_PQR_FACTS> = {}) => ({ ...NO_PQR_FACTS, ...extra });

describe("the PQR transition table", () => {
  it("the advisor, the adjustments cell and the PQR area file; the answer is the PQR area's", () => {
    for (const role of ["advisor", "back_office", "adjustments_back", "pqr_area", "system"]) {
      expect(decideStep(PQR_PROCEDURE, "file", { state: "new", roles: [role], facts: facts() })).toEqual({
        allowed: true,
        to: "filed",
      });
    }
    expect(
      decideStep(PQR_PROCEDURE, "answer", { state: "filed", roles: ["advisor"], facts: facts({ hasNotificationProof: true }) }),
    ).toMatchObject({
      allowed: false,
      refusal: "wrong_role",
    });
  });

  it("an answer needs its notification's proof and must be on time; answered twice is out of order", () => {
    const answer = (extra: Partial<typeof NO_PQR_FACTS>, state: "filed" | "answered" = "filed") =>
      decideStep(PQR_PROCEDURE, "answer", { state, roles: ["pqr_area"], facts: facts(extra) });
    expect(answer({ hasNotificationProof: false })).toMatchObject({ allowed: false, refusal: "guard" });
    expect(answer({ hasNotificationProof: true, lateProblem: "venció" })).toMatchObject({ allowed: false, reason: "venció" });
    expect(answer({ hasNotificationProof: true })).toEqual({ allowed: true, to: "answered" });
    expect(answer({ hasNotificationProof: true }, "answered")).toMatchObject({ allowed: false, refusal: "out_of_order" });
  });

  it("the reposición decision closes the PQR unless it was upheld with a subsidiary appeal", () => {
    const decide = (decision: "reversed" | "partially_reversed" | "upheld", hasSubsidiaryAppeal: boolean) =>
      decideStep(PQR_PROCEDURE, "decide_reconsideration", {
        state: "appeal_filed",
        roles: ["pqr_area"],
        facts: facts({ decision, hasSubsidiaryAppeal }),
      });
    expect(decide("reversed", true)).toEqual({ allowed: true, to: "closed" });
    expect(decide("upheld", false)).toEqual({ allowed: true, to: "closed" });
    expect(decide("upheld", true)).toEqual({ allowed: true, to: "reconsideration_decided" });
    expect(decide("partially_reversed", true)).toEqual({ allowed: true, to: "reconsideration_decided" });
  });

  it("silence is the system's, only past due; the customer may not desist once the PQR is closed", () => {
    expect(decideStep(PQR_PROCEDURE, "flag_silence", { state: "filed", roles: ["system"], facts: facts() })).toMatchObject({
      allowed: false,
    });
    expect(
      decideStep(PQR_PROCEDURE, "flag_silence", { state: "appeal_filed", roles: ["system"], facts: facts({ isPastDue: true }) }),
    ).toEqual({
      allowed: true,
      to: "silence",
    });
    expect(decideStep(PQR_PROCEDURE, "desist", { state: "closed", roles: ["advisor"], facts: facts() })).toMatchObject({
      allowed: false,
      refusal: "out_of_order",
    });
    expect(
      explainSteps(PQR_PROCEDURE, { state: "with_authority", roles: ["pqr_area"], facts: facts() }).map((s) => s.step),
    ).toEqual(["record_authority_decision", "desist"]);
  });
});
