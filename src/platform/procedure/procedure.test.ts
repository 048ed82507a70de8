import { describe, expect, it } from "vitest";
import { decideStep, defineProcedure, explainSteps, isFinalState } from "./procedure.js";

type State = "open" | "offered" | "retained" | "cancelled";
interface Facts {
  hasOffer: boolean;
  accepts: boolean;
}

const sample = defineProcedure<State, "offer" | "close", Facts>({
  code: "sample",
  name: "Prueba",
  states: {
    open: { label: "Abierto" },
    offered: { label: "Ofertado" },
    retained: { label: "Retenido", isFinal: true },
    cancelled: { label: "Cancelado", isFinal: true },
  },
  steps: {
    offer: {
      label: "Oferta",
      seedStep: "3",
      from: ["open"],
      to: "offered",
      roles: ["advisor"],
      guard: (facts) => (facts.hasOffer ? null : "No hay oferta para este cliente"),
    },
    close: {
      label: "Cierra",
      from: ["offered"],
      to: (facts) => (facts.accepts ? "retained" : "cancelled"),
      roles: ["advisor", "supervisor"],
    },
  },
});

const facts: Facts = { hasOffer: true, accepts: true };

describe("decideStep", () => {
  it("leads to the declared state when role, state and guard allow it", () => {
    expect(decideStep(sample, "offer", { state: "open", roles: ["advisor"], facts })).toEqual({ allowed: true, to: "offered" });
  });

  it("branches on the facts", () => {
    expect(decideStep(sample, "close", { state: "offered", roles: ["supervisor"], facts: { ...facts, accepts: false } })).toEqual(
      {
        allowed: true,
        to: "cancelled",
      },
    );
  });

  it("refuses another role first, naming who takes the step", () => {
    const decision = decideStep(sample, "close", { state: "open", roles: ["technician"], facts }, (r) => r.toUpperCase());
    expect(decision).toEqual({ allowed: false, refusal: "wrong_role", reason: "«Cierra» lo realiza ADVISOR o SUPERVISOR" });
  });

  it("refuses a step out of order, naming the current state", () => {
    expect(decideStep(sample, "offer", { state: "retained", roles: ["advisor"], facts })).toEqual({
      allowed: false,
      refusal: "out_of_order",
      reason: "«Oferta» no se puede realizar con el caso en estado «Retenido»",
    });
  });

  it("refuses with the guard's reason", () => {
    expect(decideStep(sample, "offer", { state: "open", roles: ["advisor"], facts: { ...facts, hasOffer: false } })).toEqual({
      allowed: false,
      refusal: "guard",
      reason: "No hay oferta para este cliente",
    });
  });
});

describe("explainSteps", () => {
  it("lists the steps leaving the state with why each is or is not available", () => {
    expect(explainSteps(sample, { state: "open", roles: ["advisor"], facts: { ...facts, hasOffer: false } })).toEqual([
      {
        procedure: "sample",
        step: "offer",
        label: "Oferta",
        seedStep: "3",
        allowed: false,
        reason: "No hay oferta para este cliente",
        refusal: "guard",
        roles: ["advisor"],
        state: "open",
      },
    ]);
    expect(explainSteps(sample, { state: "offered", roles: ["advisor"], facts })).toEqual([
      {
        procedure: "sample",
        step: "close",
        label: "Cierra",
        seedStep: undefined,
        allowed: true,
        reason: null,
        refusal: null,
        roles: expect.any(Array),
        state: "offered",
      },
    ]);
  });

  it("names the refusal by its code, with the roles that take the step and the case's state", () => {
    const [offer] = explainSteps(sample, { state: "open", roles: ["supervisor"], facts });
    expect(offer).toMatchObject({ allowed: false, refusal: "wrong_role", roles: ["advisor"], state: "open" });
  });
});

describe("defineProcedure", () => {
  it("rejects a step from or to an undeclared state, or with nobody to take it", () => {
    const states = { a: { label: "A" } };
    expect(() =>
      defineProcedure({
        code: "test",
        name: "x",
        states,
        steps: { s: { label: "S", from: ["b" as "a"], to: "a", roles: ["r"] } },
      }),
    ).toThrow(/no declarado b/);
    expect(() =>
      defineProcedure({
        code: "test",
        name: "x",
        states,
        steps: { s: { label: "S", from: ["a"], to: "b" as "a", roles: ["r"] } },
      }),
    ).toThrow(/no declarado b/);
    expect(() =>
      defineProcedure({ code: "test", name: "x", states, steps: { s: { label: "S", from: ["a"], to: "a", roles: [] } } }),
    ).toThrow(/quién/);
  });

  it("knows the final states", () => {
    expect(isFinalState(sample, "retained")).toBe(true);
    expect(isFinalState(sample, "open")).toBe(false);
  });
});
