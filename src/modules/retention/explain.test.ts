import { describe, expect, it } from "vitest";
import { decideStep } from "../../platform/procedure/procedure.js";
import type { Offer } from "./catalog-types.js";
import { explainForAdvisor } from "./explain.js";
import { NO_CASE_FACTS, RETENTION_PROCEDURE } from "./procedure.js";

const offers: Offer[] = [
  {
    code: "waiver",
    type: "bill_waiver",
    name: "Retiro de factura",
    description: "",
    branches: ["repeated_damage"],
    billingConcept: "x",
    percentOfMonthlyFee: 100,
    eligibility: {},
  },
  {
    code: "bandwidth",
    type: "promotion",
    name: "Ancho de banda",
    description: "",
    branches: ["request_analysis"],
    duration: { amount: 30, unit: "calendar_days" },
    eligibility: { productKinds: ["internet"], technologies: ["ftth"], refusedWhen: ["credit_bureau"] },
  },
];
const products = [
  { id: "in", serviceNumber: "IN1", kind: "internet", technology: "copper", status: "active" },
  { id: "tv", serviceNumber: "TV1", kind: "tv", technology: "hfc", status: "active" },
];
const claim = (id: string, day: string, resolved: string | null) => ({
  id,
  code: id.toUpperCase(),
  productId: "in",
  category: "Intermitencia",
  openedAt: new Date(`${day}T10:00:00Z`),
  resolvedAt: resolved ? new Date(`${resolved}T10:00:00Z`) : null,
});
const base = {
  state: "new" as const,
  branch: null,
  productId: null,
  roles: ["advisor"],
  rule: { windowDays: 30, minClaims: 2 },
  products,
  offers,
  xpressProblem: null,
  timezone: "America/Bogota",
};

describe("explainForAdvisor", () => {
  it("names the claims that make the repeated damage and foresees branch A", () => {
    const damage = [
      {
        productId: "in",
        claims: [claim("c1", "2026-03-01", "2026-03-02"), claim("c2", "2026-03-10", null)],
        openClaims: [claim("c2", "2026-03-10", null)],
      },
    ];
    const explanation = explainForAdvisor({ ...base, repeatedDamage: damage, flags: [] });
    expect(explanation.branch).toMatchObject({ hasRepeatedDamage: true, foreseen: "repeated_damage" });
    expect(explanation.branch.reason).toBe(
      "Daño reiterado en IN1: 2 reclamos en 30 días (C1 del 2026-03-01, C2 del 2026-03-10), 1 sin solución → negociación con solución técnica Xpress (pasos 3 a 10)",
    );
    expect(explanation.branch.why).toEqual({
      code: "repeated_damage",
      serviceNumber: "IN1",
      claims: [
        { code: "C1", openedOn: "2026-03-01" },
        { code: "C2", openedOn: "2026-03-10" },
      ],
      openClaims: 1,
      windowDays: 30,
      minClaims: expect.any(Number),
    });
    // Claim days are the tenant's: 02:00 UTC on the 10th is still the 9th in Bogotá.
    const late = { ...claim("c3", "2026-03-10", null), openedAt: new Date("2026-03-10T02:00:00Z") };
    const lateDamage = [{ productId: "in", claims: [damage[0]!.claims[0]!, late], openClaims: [late] }];
    expect(explainForAdvisor({ ...base, repeatedDamage: lateDamage, flags: [] }).branch.reason).toContain(
      "C1 del 2026-03-01, C3 del 2026-03-09",
    );
    // Branch A's offer is checked on the damaged product only.
    expect(explanation.offers.find((o) => o.code === "waiver")!.checks).toEqual([
      { productId: "in", serviceNumber: "IN1", eligible: true, refusal: null, reason: null },
    ]);
  });

  it("says which flag refuses which offer, and why each product is refused the bandwidth increase", () => {
    const explanation = explainForAdvisor({ ...base, repeatedDamage: [], flags: ["credit_bureau"] });
    expect(explanation.restrictions).toEqual([
      { flag: "credit_bureau", label: "reportado en Central de Riesgos", refuses: ["Ancho de banda"] },
    ]);
    expect(explanation.offers.find((o) => o.code === "bandwidth")!.checks.map((c) => c.reason)).toEqual([
      "«Ancho de banda» no se otorga: reportado en Central de Riesgos",
      "«Ancho de banda» no se otorga: reportado en Central de Riesgos",
    ]);
    const clean = explainForAdvisor({ ...base, repeatedDamage: [], flags: [] });
    // The same refusals as codes with their parameters, for a screen in English.
    expect(clean.offers.find((o) => o.code === "bandwidth")!.checks.map((c) => c.refusal)).toEqual([
      { code: "technology", offer: "Ancho de banda", serviceNumber: "IN1", expected: ["ftth"], actual: "copper" },
      { code: "product_kind", offer: "Ancho de banda", serviceNumber: "TV1", expected: ["internet"], actual: "tv" },
    ]);
    expect(clean.offers.find((o) => o.code === "bandwidth")!.checks.map((c) => c.reason)).toEqual([
      "«Ancho de banda» es solo para clientes de fibra óptica (FTTH); el producto IN1 es de cobre",
      "«Ancho de banda» es para productos de Internet; TV1 es de TV",
    ]);
  });

  it("lists the steps leaving the case's state with the reason for the ones not available to this user", () => {
    const asSupervisor = explainForAdvisor({ ...base, roles: ["supervisor"], repeatedDamage: [], flags: [] });
    expect(asSupervisor.steps).toEqual([
      {
        step: "open",
        label: "Recibe al cliente y revisa los antecedentes",
        seedStep: "1",
        allowed: false,
        reason: "«Recibe al cliente y revisa los antecedentes» lo realiza advisor",
        procedure: "retention",
        refusal: "wrong_role",
        roles: ["advisor"],
        state: "new",
      },
    ]);
    const billing = explainForAdvisor({
      ...base,
      state: "billing_claim_filed",
      repeatedDamage: [],
      flags: [],
      xpressProblem: "Sin Internet",
    });
    expect(billing.steps.map((s) => [s.step, s.allowed, s.reason])).toEqual([["create_xpress_order", false, "Sin Internet"]]);
  });
});

describe("the case procedure", () => {
  it("branches at step 2 on the repeated damage, and the cancellation needs a reason", () => {
    const check = (hasRepeatedDamage: boolean) =>
      decideStep(RETENTION_PROCEDURE, "check_repeated_damage", {
        state: "opened",
        roles: ["advisor"],
        facts: { ...NO_CASE_FACTS, hasRepeatedDamage },
      });
    expect(check(true)).toEqual({ allowed: true, to: "repeated_damage" });
    expect(check(false)).toEqual({ allowed: true, to: "request_analysis" });
    expect(
      decideStep(RETENTION_PROCEDURE, "accept_cancellation", {
        state: "request_analysis",
        roles: ["advisor"],
        facts: NO_CASE_FACTS,
      }),
    ).toMatchObject({
      refusal: "guard",
      reason: "Indique un motivo de baja vigente del catálogo",
    });
    expect(
      decideStep(RETENTION_PROCEDURE, "accept_cancellation", {
        state: "compensation_filed",
        roles: ["advisor"],
        facts: { ...NO_CASE_FACTS, hasCancellationReason: true },
      }),
    ).toMatchObject({
      refusal: "out_of_order",
    });
  });
  it("offers only the step's offer type, with the rule's reason when not eligible", () => {
    const grant = (offer: typeof NO_CASE_FACTS.offer) =>
      decideStep(RETENTION_PROCEDURE, "grant_promotion", {
        state: "request_analysis",
        roles: ["advisor"],
        facts: { ...NO_CASE_FACTS, offer },
      });
    expect(grant(null)).toMatchObject({ reason: "Elija una promoción/OTT" });
    expect(grant({ type: "compensation", eligible: true, reason: null })).toMatchObject({
      reason: "Este paso es para una promoción/OTT",
    });
    expect(grant({ type: "promotion", eligible: false, reason: "solo fibra" })).toMatchObject({ reason: "solo fibra" });
    expect(grant({ type: "promotion", eligible: true, reason: null })).toEqual({ allowed: true, to: "promotion_granted" });
  });
});
