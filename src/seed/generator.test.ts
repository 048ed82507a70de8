import { describe, expect, it } from "vitest";
import { CLAIM_CATEGORIES } from "./catalog.js";
import {
  createCustomerGenerator,
  customerCode,
  type DemoClaim,
  type DemoCustomer,
  generateCustomers,
  indexOfCustomerCode,
  nitCheckDigit,
} from "./generator.js";
import { scramble } from "./random.js";

const NOW = new Date("2025-06-15T15:00:00Z");
const TENANT = "3f0c6d0e-2a7b-4c1e-9a53-7d1f0b2c4e11";
const OTHER_TENANT = "a1b2c3d4-0000-4000-8000-123456789abc";
const options = { now: NOW, namespace: TENANT };
const DAY = 86_400_000;

/** The seed's definition, computed independently of the generator: 2+ unresolved claims on one product in the last 30 days. */
function repeatedDamage(claims: DemoClaim[], now: Date): boolean {
  const open = new Map<string, number>();
  for (const claim of claims) {
    if (claim.resolvedAt === null && now.getTime() - claim.openedAt.getTime() <= 30 * DAY) {
      open.set(claim.productId, (open.get(claim.productId) ?? 0) + 1);
    }
  }
  return [...open.values()].some((count) => count >= 2);
}

const sample: DemoCustomer[] = [...generateCustomers(options, 0, 5_000)];
const share = (predicate: (c: DemoCustomer) => boolean) => sample.filter(predicate).length / sample.length;

describe("the demo generator is deterministic", () => {
  it("gives the same customers twice", () => {
    expect([...generateCustomers(options, 0, 200)]).toEqual(sample.slice(0, 200));
  });

  it("gives customer i the same whatever N, order or starting point", () => {
    const small = [...generateCustomers(options, 0, 50)];
    expect(small).toEqual(sample.slice(0, 50));
    const alone = createCustomerGenerator(options);
    expect(alone(4_321)).toEqual(sample[4_321]);
    expect(alone(7)).toEqual(sample[7]);
    expect([...generateCustomers(options, 2_000, 10)]).toEqual(sample.slice(2_000, 2_010));
  });

  it("changes with the seed, and ids change with the namespace (tenant) while the data stays", () => {
    const reseeded = createCustomerGenerator({ ...options, seed: 7 })(0);
    expect(reseeded.fullName === sample[0]!.fullName && reseeded.address === sample[0]!.address).toBe(false);
    const otherTenant = createCustomerGenerator({ ...options, namespace: OTHER_TENANT })(0);
    expect(otherTenant.id).not.toBe(sample[0]!.id);
    expect(otherTenant.fullName).toBe(sample[0]!.fullName);
  });
});

describe("the demo data looks like a Colombian telecom's", () => {
  it("has unique ids, codes, documents, service numbers and claim numbers", () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(sample.map((c) => c.id));
    unique(sample.map((c) => c.code));
    unique(sample.map((c) => c.documentId));
    unique(sample.flatMap((c) => c.products.map((p) => p.id)));
    unique(sample.flatMap((c) => c.products.map((p) => p.serviceNumber)));
    unique(sample.flatMap((c) => c.claims.map((cl) => cl.code)));
    unique(sample.flatMap((c) => c.claims.map((cl) => cl.id)));
  });

  it("uses Colombian formats: codes, cédulas and NITs, +57 3xx mobiles, urban addresses", () => {
    expect(sample[0]!.code).toBe("CL-0000001");
    expect(customerCode(999_999)).toBe("CL-1000000");
    expect(indexOfCustomerCode("CL-1000000")).toBe(999_999);
    expect(indexOfCustomerCode("X-1")).toBeUndefined();
    for (const c of sample) {
      expect(c.phone).toMatch(/^\+573\d{9}$/);
      expect(c.address).toMatch(/^(Calle|Carrera|Avenida|Transversal|Diagonal|Avenida Calle|Avenida Carrera) \d+/);
      if (c.tier === "business" || c.tier === "corporate") {
        const [nit, digit] = c.documentId.split("-");
        expect(Number(digit)).toBe(nitCheckDigit(Number(nit)));
      } else {
        expect(c.documentId).toMatch(/^(\d{8}|10\d{8})$/);
        expect(c.fullName.split(" ").length).toBeGreaterThanOrEqual(3);
      }
    }
    for (const city of ["Bogotá", "Medellín", "Cali", "Barranquilla", "Bucaramanga"]) {
      expect(sample.some((c) => c.city === city)).toBe(true);
    }
    expect(share((c) => c.city === "Bogotá")).toBeGreaterThan(0.25);
  });

  it("knows DIAN's NIT check digit", () => {
    expect(nitCheckDigit(890_903_938)).toBe(8);
    expect(nitCheckDigit(800_197_268)).toBe(4);
    expect(nitCheckDigit(860_034_313)).toBe(7);
  });

  it("spreads tiers about 70 % standard, 15 % premium, 3 % VIP", () => {
    expect(share((c) => c.tier === "standard")).toBeGreaterThan(0.66);
    expect(share((c) => c.tier === "standard")).toBeLessThan(0.74);
    expect(share((c) => c.tier === "premium")).toBeGreaterThan(0.12);
    expect(share((c) => c.tier === "premium")).toBeLessThan(0.18);
    expect(share((c) => c.tier === "vip")).toBeGreaterThan(0.02);
    expect(share((c) => c.tier === "vip")).toBeLessThan(0.04);
    expect(sample.some((c) => c.tier === "business")).toBe(true);
    expect(sample.some((c) => c.tier === "corporate")).toBe(true);
  });

  it("gives 1–4 products of distinct kinds, every kind, technology and status present, fees in COP", () => {
    for (const c of sample) {
      expect(c.products.length).toBeGreaterThanOrEqual(1);
      expect(c.products.length).toBeLessThanOrEqual(4);
      expect(new Set(c.products.map((p) => p.kind)).size).toBe(c.products.length);
      for (const p of c.products) {
        expect(p.monthlyFee).toBeGreaterThanOrEqual(18_900);
        expect(p.activatedOn <= NOW.toISOString().slice(0, 10)).toBe(true);
        if (p.withdrawnForNonPayment) expect(p.status).toBe("withdrawn");
      }
    }
    const products = sample.flatMap((c) => c.products);
    for (const kind of ["internet", "tv", "fixed_voice", "mobile"]) expect(products.some((p) => p.kind === kind)).toBe(true);
    for (const technology of ["hfc", "ftth", "copper", "gpon", "lte"]) {
      expect(products.some((p) => p.technology === technology)).toBe(true);
    }
    expect(products.filter((p) => p.kind === "mobile").every((p) => p.technology === "lte")).toBe(true);
    for (const status of ["active", "suspended", "withdrawn"]) expect(products.some((p) => p.status === status)).toBe(true);
    expect(products.some((p) => p.withdrawnForNonPayment)).toBe(true);
    expect(products.filter((p) => p.status === "active").length / products.length).toBeGreaterThan(0.85);
  });

  it("flags about 5 % delinquent and 3 % at the credit bureau", () => {
    expect(share((c) => c.isDelinquent)).toBeGreaterThan(0.035);
    expect(share((c) => c.isDelinquent)).toBeLessThan(0.065);
    expect(share((c) => c.hasCreditBureauFlag)).toBeGreaterThan(0.018);
    expect(share((c) => c.hasCreditBureauFlag)).toBeLessThan(0.042);
  });

  it("bills the last 6 closed months, in amounts consistent with the products", () => {
    for (const c of sample) {
      expect(c.billing.length).toBeLessThanOrEqual(6);
      for (const statement of c.billing) {
        expect(statement.period).toMatch(/^\d{4}-\d{2}-01$/);
        expect(statement.period >= "2024-12-01" && statement.period <= "2025-05-01").toBe(true);
        expect(statement.amount).toBeGreaterThan(0);
        const fees = c.products.reduce((sum, p) => sum + p.monthlyFee, 0);
        expect(statement.amount).toBeLessThanOrEqual(Math.round(fees * 1.05) + 60_000);
      }
    }
    expect(share((c) => c.billing.length === 6)).toBeGreaterThan(0.9);
  });

  it("has mostly customers without claims, some with 1–2, and 5–8 % with repeated damage", () => {
    expect(share((c) => c.claims.length === 0)).toBeGreaterThan(0.6);
    expect(share((c) => c.claims.length === 1 || c.claims.length === 2)).toBeGreaterThan(0.1);
    const repeated = share((c) => c.hasRepeatedDamage);
    expect(repeated).toBeGreaterThanOrEqual(0.05);
    expect(repeated).toBeLessThanOrEqual(0.08);
    for (const c of sample) {
      // The flag is exactly the seed's definition, checked independently, relative to the given now.
      expect(repeatedDamage(c.claims, NOW)).toBe(c.hasRepeatedDamage);
      for (const claim of c.claims) {
        const product = c.products.find((p) => p.id === claim.productId);
        expect(product).toBeDefined();
        expect(CLAIM_CATEGORIES[product!.kind]).toContain(claim.category);
        expect(claim.openedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
        if (claim.resolvedAt) expect(claim.resolvedAt.getTime()).toBeGreaterThanOrEqual(claim.openedAt.getTime());
      }
    }
  });

  it("places repeated damage relative to the given now", () => {
    const later = new Date(NOW.getTime() + 40 * DAY);
    const customer = sample.find((c) => c.hasRepeatedDamage)!;
    expect(repeatedDamage(customer.claims, later)).toBe(false);
    const regenerated = createCustomerGenerator({ ...options, now: later })(customer.index);
    expect(repeatedDamage(regenerated.claims, later)).toBe(true);
  });
});

describe("scramble", () => {
  it("is a bijection of [0, m) for each key", () => {
    for (const modulus of [10, 997, 20_000]) {
      for (const key of [1, 2]) {
        const seen = new Set(Array.from({ length: modulus }, (_, i) => scramble(i, modulus, key)));
        expect(seen.size).toBe(modulus);
        expect(Math.max(...seen)).toBe(modulus - 1);
      }
    }
  });
});

describe("a long claim history for scale tests", () => {
  it("adds resolved claims older than 91 days, changing nothing else about the customer", () => {
    const withHistory = [...generateCustomers({ ...options, historyClaims: 10 }, 0, 300)];
    for (const [i, customer] of withHistory.entries()) {
      const plain = sample[i]!;
      const history = customer.claims.slice(plain.claims.length);
      expect({ ...customer, claims: customer.claims.slice(0, plain.claims.length) }).toEqual(plain);
      if (plain.products.every((p) => p.status === "withdrawn")) continue;
      expect(history).toHaveLength(10);
      for (const claim of history) {
        expect(NOW.getTime() - claim.openedAt.getTime()).toBeGreaterThanOrEqual(91 * DAY);
        expect(claim.resolvedAt!.getTime()).toBeGreaterThan(claim.openedAt.getTime());
      }
      expect(repeatedDamage(customer.claims, NOW)).toBe(plain.hasRepeatedDamage);
    }
    const codes = withHistory.flatMap((c) => c.claims.map((cl) => cl.code));
    expect(new Set(codes).size).toBe(codes.length);
  });
});
