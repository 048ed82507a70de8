import { describe, expect, it } from "vitest";
import type { Offer, RetentionSettings } from "./catalog-types.js";
import { explainForAdvisor } from "./explain.js";
import {
  type ClaimFact,
  checkOffer,
  detectVip,
  findRepeatedDamage,
  isInDamageWindow,
  monthStart,
  promotionEndsAt,
  promotionFollowUpAt,
  raisedFlags,
  renderNoteTemplate,
} from "./rules.js";

const NOW = new Date("2026-03-15T15:00:00Z");
const DAY = 86_400_000;
const RULE: RetentionSettings["repeatedDamage"] = { windowDays: 30, minClaims: 2 };

let next = 0;
function claim(
  daysAgo: number,
  options: { product?: string; resolvedDaysAgo?: number | null; resolvedAt?: Date } = {},
): ClaimFact {
  next++;
  const resolvedAt =
    options.resolvedAt ??
    (options.resolvedDaysAgo === undefined || options.resolvedDaysAgo === null
      ? null
      : new Date(NOW.getTime() - options.resolvedDaysAgo * DAY));
  return {
    id: `c${next}`,
    code: `RC${next}`,
    productId: options.product ?? "internet",
    category: "Intermitencia",
    openedAt: new Date(NOW.getTime() - daysAgo * DAY),
    resolvedAt,
  };
}

describe("repeated damage window edges", () => {
  it("a claim opened 29 days ago is inside", () => {
    expect(isInDamageWindow(claim(29), NOW, 30)).toBe(true);
  });
  it("a claim opened exactly 30 days (30 × 24 h) ago is inside: the edge belongs to the window", () => {
    expect(isInDamageWindow(claim(30), NOW, 30)).toBe(true);
  });
  it("one millisecond past 30 days is outside", () => {
    const edge = claim(30);
    expect(isInDamageWindow({ ...edge, openedAt: new Date(edge.openedAt.getTime() - 1) }, NOW, 30)).toBe(false);
  });
  it("a claim opened 31 days ago is outside", () => {
    expect(isInDamageWindow(claim(31), NOW, 30)).toBe(false);
  });
  it("a claim opened after now (registered with a future date) is not counted", () => {
    expect(isInDamageWindow({ ...claim(0), openedAt: new Date(NOW.getTime() + 1000) }, NOW, 30)).toBe(false);
  });
});

describe("findRepeatedDamage", () => {
  it("two open claims on the same product, 1 and 29 days ago: repeated damage, naming both claims oldest first", () => {
    const recent = claim(1);
    const older = claim(29);
    const found = findRepeatedDamage([recent, older], NOW, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.productId).toBe("internet");
    expect(found[0]!.claims.map((c) => c.id)).toEqual([older.id, recent.id]);
    expect(found[0]!.openClaims).toHaveLength(2);
  });

  it("the second claim at day 30 still counts; at day 31 it does not", () => {
    expect(findRepeatedDamage([claim(2), claim(30)], NOW, RULE)).toHaveLength(1);
    expect(findRepeatedDamage([claim(2), claim(31)], NOW, RULE)).toEqual([]);
  });

  it("claims on different products never add up", () => {
    expect(findRepeatedDamage([claim(3, { product: "internet" }), claim(5, { product: "tv" })], NOW, RULE)).toEqual([]);
  });

  it("with claims on two products, each is judged alone; the one with more claims comes first", () => {
    const found = findRepeatedDamage(
      [claim(1, { product: "tv" }), claim(2, { product: "tv" }), claim(3, { product: "internet" }), claim(4, { product: "tv" })],
      NOW,
      RULE,
    );
    expect(found.map((f) => [f.productId, f.claims.length])).toEqual([["tv", 3]]);
  });

  it("a resolved earlier claim counts when a later one is still open: the damage came back", () => {
    const found = findRepeatedDamage([claim(20, { resolvedDaysAgo: 18 }), claim(2)], NOW, RULE);
    expect(found).toHaveLength(1);
    expect(found[0]!.claims).toHaveLength(2);
    expect(found[0]!.openClaims).toHaveLength(1);
  });

  it("every claim of the window resolved: the last solution held, no repeated damage", () => {
    expect(findRepeatedDamage([claim(20, { resolvedDaysAgo: 18 }), claim(5, { resolvedDaysAgo: 4 })], NOW, RULE)).toEqual([]);
  });

  it("a resolution dated after now means still without solution at now", () => {
    const found = findRepeatedDamage(
      [claim(10, { resolvedDaysAgo: 9 }), claim(3, { resolvedAt: new Date(NOW.getTime() + DAY) })],
      NOW,
      RULE,
    );
    expect(found).toHaveLength(1);
  });

  it("one claim alone, however open, is not repeated damage", () => {
    expect(findRepeatedDamage([claim(1)], NOW, RULE)).toEqual([]);
  });

  it("an open claim outside the window does not make a pair with one inside", () => {
    expect(findRepeatedDamage([claim(45), claim(3)], NOW, RULE)).toEqual([]);
  });

  it("follows the tenant's threshold: with three claims required, two are not enough", () => {
    expect(findRepeatedDamage([claim(1), claim(2)], NOW, { windowDays: 30, minClaims: 3 })).toEqual([]);
    expect(findRepeatedDamage([claim(1), claim(2), claim(3)], NOW, { windowDays: 30, minClaims: 3 })).toHaveLength(1);
  });
});

describe("detectVip", () => {
  const vip: RetentionSettings["vip"] = { tiers: ["vip", "corporate"], billingMonths: 3, billingAverageAtLeast: 250_000 };
  const bills = (...amounts: number[]) => amounts.map((amount, i) => ({ period: `2026-0${3 - i}`, amount }));

  it("VIP by tier", () => {
    expect(detectVip("vip", bills(100_000), vip)).toMatchObject({ isVip: true, reasons: ["Categoría vip"] });
  });
  it("VIP by the average of the last N months only (older months ignored), at the threshold included", () => {
    const decision = detectVip("standard", bills(250_000, 200_000, 300_000, 10), vip);
    expect(decision).toMatchObject({ isVip: true, billingAverage: 250_000, billingMonths: 3 });
    expect(decision.reasons[0]).toContain("3 meses");
  });
  it("below the threshold and not a VIP tier: not VIP", () => {
    expect(detectVip("standard", bills(249_999, 250_000, 250_000), vip)).toMatchObject({ isVip: false, reasons: [] });
  });
  it("no billing: no average, VIP only by tier", () => {
    expect(detectVip("premium", [], vip)).toEqual({ isVip: false, reasons: [], billingAverage: null, billingMonths: 0 });
  });
  it("both reasons when both apply", () => {
    expect(detectVip("corporate", bills(900_000), vip).reasons).toHaveLength(2);
  });
});

const bandwidth: Offer = {
  code: "bandwidth-30d",
  type: "promotion",
  name: "Incremento de Ancho de Banda",
  description: "",
  branches: ["request_analysis"],
  duration: { amount: 30, unit: "calendar_days" },
  eligibility: { productKinds: ["internet"], technologies: ["ftth", "gpon"], refusedWhen: ["credit_bureau"] },
};
const waiver: Offer = {
  code: "bill-waiver",
  type: "bill_waiver",
  name: "Retiro de factura",
  description: "",
  branches: ["repeated_damage"],
  billingConcept: "Retiro por Retención con Servicio de Ingeniería",
  eligibility: {},
};
const fiber = { id: "p1", serviceNumber: "IN1", kind: "internet", technology: "ftth", status: "active" };
const copper = { ...fiber, technology: "copper" };

describe("checkOffer", () => {
  it("gives the bandwidth increase to a fiber customer", () => {
    expect(checkOffer(bandwidth, { branch: "request_analysis", flags: [], product: fiber })).toMatchObject({
      eligible: true,
      reason: null,
    });
  });
  it("refuses the bandwidth increase to a copper customer, saying why", () => {
    const check = checkOffer(bandwidth, { branch: "request_analysis", flags: [], product: copper });
    expect(check.eligible).toBe(false);
    expect(check.reason).toBe(
      "«Incremento de Ancho de Banda» es solo para clientes de fibra óptica (FTTH) o fibra óptica (GPON); el producto IN1 es de cobre",
    );
  });
  it("refuses by the customer's flag before looking at the product", () => {
    expect(checkOffer(bandwidth, { branch: "request_analysis", flags: ["credit_bureau"], product: copper }).reason).toBe(
      "«Incremento de Ancho de Banda» no se otorga: reportado en Central de Riesgos",
    );
  });
  it("refuses an offer of the other branch", () => {
    expect(checkOffer(waiver, { branch: "request_analysis", flags: [], product: null }).reason).toContain(
      "solo se ofrece a clientes con daño reiterado",
    );
    expect(checkOffer(bandwidth, { branch: "repeated_damage", flags: [], product: fiber }).reason).toContain(
      "no se ofrece a clientes con daño reiterado",
    );
  });
  it("refuses on another product kind, an inactive product, a missing product, or a retired offer", () => {
    expect(checkOffer(bandwidth, { branch: "request_analysis", flags: [], product: { ...fiber, kind: "tv" } }).reason).toContain(
      "es para productos de Internet; IN1 es de TV",
    );
    expect(
      checkOffer(bandwidth, { branch: "request_analysis", flags: [], product: { ...fiber, status: "suspended" } }).reason,
    ).toContain("requiere un producto activo");
    expect(checkOffer(bandwidth, { branch: "request_analysis", flags: [], product: null }).reason).toContain(
      "requiere elegir el producto",
    );
    expect(
      checkOffer({ ...bandwidth, retired: true }, { branch: "request_analysis", flags: [], product: fiber }).reason,
    ).toContain("retirada");
  });
  it("the advisor's screen checks each live offer of a type, leaving retired ones out", () => {
    const { offers } = explainForAdvisor({
      state: "request_analysis",
      branch: "request_analysis",
      productId: null,
      roles: ["advisor"],
      repeatedDamage: [],
      rule: RULE,
      products: [copper],
      flags: [],
      offers: [bandwidth, waiver, { ...bandwidth, code: "old", retired: true }],
      xpressProblem: null,
      timezone: "UTC",
    });
    const list = offers
      .filter((offer) => offer.type === "promotion")
      .flatMap((offer) => offer.checks.map((check) => ({ offer, eligible: check.eligible })));
    expect(list.map((c) => [c.offer.code, c.eligible])).toEqual([["bandwidth-30d", false]]);
  });
  it("raisedFlags names the step-1.1 flags that are up", () => {
    expect(raisedFlags({ isDelinquent: true, hasCreditBureauFlag: false, withdrawnForNonPayment: ["IN9"] })).toEqual([
      "delinquent",
      "withdrawn_for_non_payment",
    ]);
    expect(raisedFlags({ isDelinquent: false, hasCreditBureauFlag: false, withdrawnForNonPayment: [] })).toEqual([]);
  });
});

describe("renderNoteTemplate", () => {
  const template =
    "SE OFERTA NO COBRO EL MES DE {mes} POR EL SERVICIO DEFICIENTE. FAVOR COORDINAR CON EL CLIENTE AL CEL {celular}";
  it("fills the month in capitals in the tenant's zone and the phone", () => {
    expect(renderNoteTemplate(template, { now: NOW, timezone: "America/Bogota", phone: "+573001234567" })).toBe(
      "SE OFERTA NO COBRO EL MES DE MARZO POR EL SERVICIO DEFICIENTE. FAVOR COORDINAR CON EL CLIENTE AL CEL +573001234567",
    );
  });
  it("takes the month of the tenant's zone: 1 April 03:00 UTC is still March in Bogotá", () => {
    expect(renderNoteTemplate("{mes}", { now: new Date("2026-04-01T03:00:00Z"), timezone: "America/Bogota", phone: null })).toBe(
      "MARZO",
    );
  });
  it("says so when there is no phone, and leaves unknown placeholders visible", () => {
    expect(renderNoteTemplate("{celular} {otro}", { now: NOW, timezone: "America/Bogota", phone: null })).toBe(
      "SIN CELULAR REGISTRADO {otro}",
    );
  });
});

describe("promotions", () => {
  it("«1 mes» ends the same local time one calendar month later, even across February", () => {
    expect(promotionEndsAt(new Date("2026-01-31T15:00:00Z"), { amount: 1, unit: "months" }, "America/Bogota").toISOString()).toBe(
      "2026-02-28T15:00:00.000Z",
    );
  });
  it("«hasta por 30 días» is 30 × 24 h", () => {
    expect(promotionEndsAt(NOW, { amount: 30, unit: "calendar_days" }, "America/Bogota").getTime()).toBe(
      NOW.getTime() + 30 * DAY,
    );
  });
  it("the follow-up is N days before the end, never before the start", () => {
    const end = new Date(NOW.getTime() + 30 * DAY);
    expect(promotionFollowUpAt(NOW, end, 5).getTime()).toBe(end.getTime() - 5 * DAY);
    expect(promotionFollowUpAt(NOW, new Date(NOW.getTime() + 2 * DAY), 5)).toEqual(NOW);
  });
});

describe("evaluation months", () => {
  it("a month «AAAA-MM» starts at midnight of its first day in the tenant's zone; anything else is not a month", () => {
    expect(monthStart("2026-02", "America/Bogota")?.toISOString()).toBe("2026-02-01T05:00:00.000Z");
    expect(monthStart("2026-12", "UTC")?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    for (const text of ["2026-13", "2026-00", "2026-1", "26-01", "2026-01-15", " 2026-01", "marzo"]) {
      expect(monthStart(text, "UTC"), text).toBeNull();
    }
  });
});
