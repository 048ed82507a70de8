import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/seed/demo-users.js";
import { seedDemo } from "../../src/seed/seed-demo.js";
import { buildTestApp, login, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";

// `npm run demo` shows the Internet retention campaign: a queue in every kind of state.

let testDb: TestDatabase;
let testApp: TestApp;
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  demo = await seedDemo(testDb.db, { now: new Date(), customers: 260, cancellations: 150 });
  testApp = await buildTestApp(testDb);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

async function count(sql: string): Promise<number> {
  return testDb.db.tenant(demo.tenantId, async (tx) => (await tx.query<{ n: number }>(sql)).rows[0]!.n);
}

describe("the demo's Internet retention campaign", () => {
  it("queues complaints on demo customers' Internet services, in every kind of state", async () => {
    const q = demo.cancellations;
    expect(q.cases).toBe(150);
    expect(q.pool + q.assigned + q.pending + q.finished + q.handedOff).toBe(q.cases);
    for (const part of [q.pool, q.assigned, q.pending, q.finished, q.handedOff, q.confirmed, q.overdue])
      expect(part).toBeGreaterThan(0);
    expect(await count("SELECT count(*)::int AS n FROM complaint_cases")).toBe(150);
    expect(await count("SELECT count(*)::int AS n FROM complaint_cases WHERE status = 'finished'")).toBe(
      q.finished + q.handedOff,
    );
    expect(await count("SELECT count(*)::int AS n FROM complaint_cases WHERE queue = 'level1'")).toBe(q.handedOff);
    expect(await count("SELECT count(*)::int AS n FROM closing_instructions WHERE status = 'sent'")).toBe(q.confirmed);
    expect(
      await count("SELECT count(*)::int AS n FROM complaint_cases WHERE status = 'pending' AND next_contact_at IS NOT NULL"),
    ).toBe(q.pending);
    // Every case's complaint is about an Internet service of its customer.
    expect(
      await count(`SELECT count(*)::int AS n FROM complaint_cases c JOIN products p ON p.tenant_id = c.tenant_id AND p.id = c.product_id
                    WHERE p.kind <> 'internet' OR p.customer_id <> c.customer_id`),
    ).toBe(0);
  });

  it("shows the supervisor overdue closings, the level-1 queue and the indicators per advisor", async () => {
    const supervisor = await login(testApp.app, "supervisor@demo.fideliza.co", DEMO_PASSWORD);
    const overdue = (
      await supervisor.request({ url: "/api/closing-instructions?campaign=internet-retention&overdue=true&limit=500" })
    ).json();
    expect(overdue.length).toBe(demo.cancellations.overdue);
    const level1 = (await supervisor.request({ url: "/api/complaint-cases?campaign=internet-retention&queue=level1" })).json();
    expect(level1.total).toBe(demo.cancellations.handedOff);
    // The indicator engine per advisor within the campaign, over the demo's 12 months.
    const read = async (code: string, by: string) =>
      (await supervisor.request({ url: `/api/indicators/${code}?by=${by}&periods=12` })).json() as {
        series: Array<{ key: string; label: string; cells: Array<{ numerator: number; denominator: number | null }> }>;
      };
    const advisors = (await read("campaigns.retention_rate", "campaign_advisor")).series;
    expect(advisors.map((s) => s.label).sort()).toEqual(
      ["Andrés Felipe Gómez", "Laura Marcela Quintero", "Miguel Ángel Cárdenas"]
        .map((name) => `Retención Internet · ${name}`)
        .sort(),
    );
    const compliance = (await read("campaigns.closing_compliance", "total")).series[0]!.cells;
    expect(compliance.reduce((total, c) => total + c.numerator, 0)).toBe(demo.cancellations.confirmed);
    // Late and overdue instructions are judged and missed: at least the demo's overdue ones.
    const missed = compliance.reduce((total, c) => total + (c.denominator ?? 0) - c.numerator, 0);
    expect(missed).toBeGreaterThanOrEqual(demo.cancellations.overdue);
  });

  it("lets a demo advisor log in and see their cases", async () => {
    const laura = await login(testApp.app, "laura.quintero@demo.fideliza.co", DEMO_PASSWORD);
    const mine = (await laura.request({ url: "/api/complaint-cases?mine=true&limit=200" })).json();
    expect(mine.total).toBeGreaterThan(0);
  });
});
