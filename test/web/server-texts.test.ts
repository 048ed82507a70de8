import i18next from "i18next";
import { describe, expect, it } from "vitest";
import type { Offer } from "../../src/modules/retention/catalog-types.js";
import { explainForAdvisor } from "../../src/modules/retention/explain.js";
import { branchReason, offerRefusal } from "../../web/src/features/retention/retention-texts.js";
import { createFormatters } from "../../web/src/i18n/formatting.js";
import { procedureStateLabel, stepLabel, stepReason } from "../../web/src/i18n/steps.js";
import { webMessages } from "../support/web-messages.js";

/**
 * Server-written domain text reaches an English user in English: the server sends codes with their
 * parameters (steps, refusals, the branch's reason, an offer's refusal) and the screen words them with
 * the web's own labels. Spanish stays the server's wording.
 */

async function translator(language: "es" | "en") {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { es: { translation: webMessages("es") }, en: { translation: webMessages("en") } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const bandwidth: Offer = {
  code: "bandwidth",
  type: "promotion",
  name: "Ancho de banda",
  description: "",
  branches: ["request_analysis"],
  eligibility: { productKinds: ["internet"], technologies: ["ftth"], refusedWhen: ["credit_bureau"] },
};
const claim = (code: string, day: string) => ({
  id: code,
  code,
  productId: "in",
  category: "Intermitencia",
  openedAt: new Date(`${day}T15:00:00Z`),
  resolvedAt: null,
});
const input = {
  state: "new" as const,
  branch: null,
  productId: null,
  roles: ["supervisor"],
  rule: { windowDays: 30, minClaims: 2 },
  products: [{ id: "in", serviceNumber: "IN1", kind: "internet", technology: "copper", status: "active" }],
  offers: [bandwidth],
  flags: [],
  xpressProblem: null,
  timezone: "America/Bogota",
  repeatedDamage: [
    { productId: "in", claims: [claim("C1", "2026-03-01"), claim("C2", "2026-03-10")], openClaims: [claim("C2", "2026-03-10")] },
  ],
};

describe("server texts in the user's language", () => {
  it("a step, its refusal and the case's state read in English for an English user", async () => {
    const t = await translator("en");
    const [open] = explainForAdvisor(input).steps;
    expect(stepLabel(t, open!)).toBe("Greets the customer and reviews their history");
    expect(stepReason(t, "en", open!)).toBe("«Greets the customer and reviews their history» is done by Advisor");
    expect(procedureStateLabel(t, "retention", "retained")).toBe("Customer retained");
  });

  it("the Spanish rendering of a refusal is the server's own sentence", async () => {
    const t = await translator("es");
    const [open] = explainForAdvisor(input).steps;
    expect(stepReason(t, "es", open!)).toBe(open!.reason!.replace("advisor", "Asesor"));
  });

  it("the branch's reason names the claims with the user's dates, in both languages", async () => {
    const why = explainForAdvisor(input).branch.why;
    const en = await translator("en");
    expect(branchReason(en, createFormatters("en"), why)).toBe(
      "Repeated damage on IN1: 2 claims in 30 days (C1 of Mar 1, 2026, C2 of Mar 10, 2026), 1 unresolved → negotiation with an Xpress technical fix (steps 3 to 10)",
    );
    const es = await translator("es");
    expect(branchReason(es, createFormatters("es-CO"), why)).toBe(
      "Daño reiterado en IN1: 2 reclamos en 30 días (C1 del 1 mar 2026, C2 del 10 mar 2026), 1 sin solución → negociación con solución técnica Xpress (pasos 3 a 10)",
    );
  });

  it("an offer's refusal names the technologies in the user's language", async () => {
    const explanation = explainForAdvisor({ ...input, repeatedDamage: [] });
    const refusal = explanation.offers[0]!.checks[0]!.refusal!;
    const en = await translator("en");
    expect(offerRefusal(en, "en", refusal)).toMatch(/^«Ancho de banda» is only for .+ customers; product IN1 is on /);
    expect(offerRefusal(en, "en", refusal)).not.toMatch(/fibra|cobre/);
  });
});
