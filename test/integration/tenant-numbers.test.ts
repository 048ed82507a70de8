import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCase } from "../../src/modules/retention/commands/open-case.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { buildRetentionCustomer, runAs, walkToXpressOrder } from "../support/retention.js";

let testDb: TestDatabase;
let tenantA: TestTenant;
let tenantB: TestTenant;
const NOW = new Date("2026-03-11T14:00:00Z");

async function customer(tenant: TestTenant, code: string): Promise<string> {
  const built = await buildRetentionCustomer(
    testDb.db,
    tenant,
    {
      code,
      fullName: `Cliente ${code}`,
      products: [{ serviceNumber: `IN-${code}`, kind: "internet", technology: "ftth" }],
      claims: [
        { code: `${code}-1`, serviceNumber: `IN-${code}`, daysAgo: 9 },
        { code: `${code}-2`, serviceNumber: `IN-${code}`, daysAgo: 2 },
      ],
    },
    NOW,
  );
  return built.id;
}

async function numbers(tenant: TestTenant, table: string): Promise<number[]> {
  const { rows } = await testDb.db.pool.query<{ number: string }>(
    `SELECT number FROM ${table} WHERE tenant_id = $1 ORDER BY number`,
    [tenant.tenantId],
  );
  return rows.map((r) => Number(r.number));
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenantA = await buildTenant(testDb.db, "numeros-a");
  tenantB = await buildTenant(testDb.db, "numeros-b");
});
afterAll(async () => {
  await testDb?.drop();
});

describe("human numbers are the tenant's own", () => {
  it("a new tenant's first case and first work order are #1 whatever the other tenant has issued", async () => {
    for (const code of ["A1", "A2", "A3"]) await walkToXpressOrder(testDb.db, tenantA, await customer(tenantA, code), NOW);
    expect(await numbers(tenantA, "retention_cases")).toEqual([1, 2, 3]);
    expect(await numbers(tenantA, "work_orders")).toEqual([1, 2, 3]);

    const order = await walkToXpressOrder(testDb.db, tenantB, await customer(tenantB, "B1"), NOW);
    expect(Number(order.number)).toBe(1);
    expect(await numbers(tenantB, "retention_cases")).toEqual([1]);
    expect(await numbers(tenantB, "work_orders")).toEqual([1]);
    const outbound = await numbers(tenantB, "outbound_messages");
    expect(outbound).toEqual(outbound.map((_, index) => index + 1));
  });

  it("concurrent openings of one tenant get distinct consecutive numbers, and a rolled-back one leaves no gap", async () => {
    const ids = await Promise.all(["B2", "B3", "B4", "B5", "B6"].map((code) => customer(tenantB, code)));
    await Promise.all(ids.map((customerId) => runAs(testDb.db, tenantB, "advisor", NOW, (ctx) => openCase({ customerId }, ctx))));
    expect(await numbers(tenantB, "retention_cases")).toEqual([1, 2, 3, 4, 5, 6]);

    const last = await customer(tenantB, "B7");
    await expect(
      runAs(testDb.db, tenantB, "advisor", NOW, async (ctx) => {
        await openCase({ customerId: last }, ctx);
        throw new Error("revertir");
      }),
    ).rejects.toThrow("revertir");
    const { row } = await runAs(testDb.db, tenantB, "advisor", NOW, (ctx) => openCase({ customerId: last }, ctx));
    expect(Number(row.number)).toBe(7);
    expect(await numbers(tenantA, "retention_cases")).toEqual([1, 2, 3]);
  });
});
