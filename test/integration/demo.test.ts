import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRoleCatalog } from "../../src/modules/identity/catalog.js";
import { DEMO_PASSWORD } from "../../src/seed/demo-users.js";
import { generateCustomers } from "../../src/seed/generator.js";
import { isDemoSeeded, seedDemo } from "../../src/seed/seed-demo.js";
import { seedScale } from "../../src/seed/seed-scale.js";
import { buildTestApp, login, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";

const NOW = new Date("2025-06-15T15:00:00Z");
// The demo is seeded relative to the real clock, as `seed demo` does, so the customer page (whose claim
// window the server computes from its own clock) shows the open claims.
const DEMO_NOW = new Date();
const DEMO_CUSTOMERS = 150;
const SCALE_CUSTOMERS = 420;

let testDb: TestDatabase;
let testApp: TestApp;
let demo: Awaited<ReturnType<typeof seedDemo>>;
let scaleTenantId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  demo = await seedDemo(testDb.db, { now: DEMO_NOW, customers: DEMO_CUSTOMERS });
  // Two runs into one tenant: the second continues where the first stopped (several batches each).
  const first = await seedScale(testDb.db, {
    tenantSlug: "escala",
    customers: 250,
    now: NOW,
    createTenant: true,
    batchSize: 100,
  });
  const second = await seedScale(testDb.db, { tenantSlug: "escala", customers: SCALE_CUSTOMERS, now: NOW, batchSize: 64 });
  expect(first.tenantCreated).toBe(true);
  expect(second.from).toBe(250);
  expect(second.counts.customers).toBe(SCALE_CUSTOMERS - 250);
  scaleTenantId = first.tenantId;
  testApp = await buildTestApp(testDb);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

async function tenantCount(tenantId: string, table: string): Promise<number> {
  return testDb.db.tenant(
    tenantId,
    async (tx) => (await tx.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n,
  );
}

describe("seed demo", () => {
  it("creates one user per catalog role, with memorable emails and the demo password, and teams", async () => {
    const catalog = await readRoleCatalog();
    expect(demo.users.map((u) => u.role).sort()).toEqual(catalog.roles.map((r) => r.code).sort());
    expect(demo.users.map((u) => u.email)).toEqual(
      expect.arrayContaining([
        "admin@demo.fideliza.co",
        "asesor@demo.fideliza.co",
        "tecnico@demo.fideliza.co",
        "pqr@demo.fideliza.co",
      ]),
    );
    const admin = await login(testApp.app, "admin@demo.fideliza.co", DEMO_PASSWORD);
    const session = await admin.request({ url: "/api/auth/session" });
    expect(session.statusCode, session.body).toBe(200);
    expect(session.json().roles).toEqual(["admin"]);
    expect(await tenantCount(demo.tenantId, "teams")).toBe(4);
    const members = await testDb.db.tenant(demo.tenantId, (tx) =>
      tx.query<{ email: string }>("SELECT email FROM users WHERE team_id IS NOT NULL ORDER BY email"),
    );
    expect(members.rows.map((r) => r.email)).toContain("asesor@demo.fideliza.co");
  });

  it("writes exactly the generated rows, and a timeline event per customer", async () => {
    const expected = { customers: 0, products: 0, claims: 0, billing: 0 };
    for (const c of generateCustomers({ now: DEMO_NOW, namespace: demo.tenantId }, 0, DEMO_CUSTOMERS)) {
      expected.customers++;
      expected.products += c.products.length;
      expected.claims += c.claims.length;
      expected.billing += c.billing.length;
    }
    expect(demo.counts).toMatchObject({
      customers: expected.customers,
      products: expected.products,
      claims: expected.claims,
      billingStatements: expected.billing,
    });
    expect(await tenantCount(demo.tenantId, "customers")).toBe(expected.customers);
    expect(await tenantCount(demo.tenantId, "products")).toBe(expected.products);
    expect(await tenantCount(demo.tenantId, "claims")).toBe(expected.claims);
    expect(await tenantCount(demo.tenantId, "billing_statements")).toBe(expected.billing);
    const created = await testDb.db.tenant(demo.tenantId, (tx) =>
      tx.query<{ n: number; actors: string[] }>(
        "SELECT count(*) AS n, array_agg(DISTINCT actor_role) AS actors FROM events WHERE action = 'customer_created'",
      ),
    );
    expect(created.rows[0]).toEqual({ n: DEMO_CUSTOMERS, actors: ["system"] });
  });

  it("is seeded once: --if-empty sees it, a second seed is refused and changes nothing", async () => {
    expect(await isDemoSeeded(testDb.db)).toBe(true);
    await expect(seedDemo(testDb.db, { now: NOW, customers: 5 })).rejects.toMatchObject({ code: "DUPLICATE" });
    expect(await tenantCount(demo.tenantId, "customers")).toBe(DEMO_CUSTOMERS);
  });

  it("shows a repeated-damage customer's page to the advisor, with the open claims", async () => {
    const advisor = await login(testApp.app, "asesor@demo.fideliza.co", DEMO_PASSWORD);
    const customer = [...generateCustomers({ now: DEMO_NOW, namespace: demo.tenantId }, 0, DEMO_CUSTOMERS)].find(
      (c) => c.hasRepeatedDamage,
    )!;
    const page = await advisor.request({ url: `/api/customers/${customer.id}` });
    expect(page.statusCode, page.body).toBe(200);
    const body = page.json();
    expect(body.code).toBe(customer.code);
    expect(body.claims.filter((c: { resolvedAt: string | null }) => c.resolvedAt === null).length).toBeGreaterThanOrEqual(2);
    const timeline = await advisor.request({ url: `/api/customers/${customer.id}/timeline` });
    expect(timeline.json().events.map((e: { action: string }) => e.action)).toContain("customer_created");
  });
});

describe("the demo's retention history", () => {
  it("has last month's and this month's cases, fewer cancellations this month, orders and follow-ups for each team", async () => {
    expect(demo.retention.cases).toBeGreaterThanOrEqual(10);
    expect(demo.retention.cancelled).toBeGreaterThan(0);
    // The Xpress cases are customers with repeated damage when their call came (the rule step 2 applies).
    expect(demo.retention.workOrders).toBe(3);
    expect(demo.retention.open).toBe(1);
    const manager = await login(testApp.app, "gerencia@demo.fideliza.co", DEMO_PASSWORD);
    const indicator = (await manager.request({ url: "/api/indicators/retention.cancellations?periods=2" })).json();
    const [lastMonth, thisMonth] = indicator.series[0].cells;
    expect(lastMonth.value).toBeGreaterThan(thisMonth.value);
    expect(thisMonth.verdict).toBe("met");
    const evaluation = (await manager.request({ url: "/api/retention/evaluation" })).json();
    expect(evaluation.evaluations).toHaveLength(1);

    const supervisor = await login(testApp.app, "supervisor@demo.fideliza.co", DEMO_PASSWORD);
    const orders = (
      await supervisor.request({ url: "/api/work-orders?status=open&status=printed&status=closed&originType=retention_case" })
    ).json();
    expect(orders.length).toBe(demo.retention.workOrders);
    const incidents = await login(testApp.app, "seguimiento@demo.fideliza.co", DEMO_PASSWORD);
    const followUps = [
      ...(await incidents.request({ url: "/api/follow-ups?scope=due" })).json(),
      ...(await incidents.request({ url: "/api/follow-ups?scope=done" })).json(),
      ...(await incidents.request({ url: "/api/follow-ups?scope=upcoming" })).json(),
    ];
    expect(followUps.every((f: { kind: string }) => f.kind === "quality_control")).toBe(true);
  });
});

describe("the demo's annulment-avoidance procedure (seed 001)", () => {
  it("shows open engineering tickets on the control board, one past its day, and the indicator of both months", async () => {
    expect(demo.annulments.requests).toBeGreaterThanOrEqual(15);
    expect(demo.annulments.reentries).toBe(1);
    const network = await login(testApp.app, "red@demo.fideliza.co", DEMO_PASSWORD);
    const board = (await network.request({ url: "/api/service-requests/board" })).json();
    expect(board.total.open).toBeGreaterThanOrEqual(5);
    expect(board.total.breached).toBeGreaterThanOrEqual(1);
    expect(board.total.probableAnnulments).toBeGreaterThanOrEqual(3);
    // The network area reads seed 001's indicator from the one engine (its definition names servicerequests:read).
    const last = DateTime.fromJSDate(DEMO_NOW, { zone: "America/Bogota" });
    const indicatorResponse = await network.request({
      url: `/api/indicators/servicerequests.annulment_avoidance?last=${last.toISODate()}&periods=2`,
    });
    expect(indicatorResponse.statusCode, indicatorResponse.body).toBe(200);
    const [lastMonth] = indicatorResponse.json().series[0].cells;
    expect(lastMonth.period).toBe(last.minus({ months: 1 }).startOf("month").toISODate());
    // Last month: six observed, two annulled (more when this month's oldest fall before the 1st).
    expect(lastMonth.denominator).toBeGreaterThanOrEqual(6);
    expect(lastMonth.verdict).toBe("missed");
    const geo = (await network.request({ url: "/api/service-requests/zone-references.geojson" })).json();
    expect(geo.features.length).toBeGreaterThanOrEqual(12);
  });

  it("leaves visits escalated to the back office, the oldest first, with slots for one of them", async () => {
    expect(demo.escalatedVisits).toEqual({ escalated: 2, slots: 2 });
    const backOffice = await login(testApp.app, "backoffice@demo.fideliza.co", DEMO_PASSWORD);
    const open = await backOffice.request({ url: "/api/outbound/escalated-visits" });
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json()).toMatchObject({ total: 2, zones: ["Chapinero", "Suba"] });
    const [oldest, newest] = open.json().items;
    expect(oldest).toMatchObject({ zone: "Chapinero", status: "escalated", daysWaiting: 2 });
    expect(newest).toMatchObject({ zone: "Suba", daysWaiting: 0 });
    expect(oldest.escalatedBy).toBeTruthy();
    expect((await backOffice.request({ url: `/api/outbound/escalated-visits/${oldest.id}/slots` })).json()).toHaveLength(2);
    expect((await backOffice.request({ url: `/api/outbound/escalated-visits/${newest.id}/slots` })).json()).toEqual([]);
  });
});

describe("seed scale", () => {
  it("holds N customers and their rows, the repeated damage really repeated", async () => {
    expect(await tenantCount(scaleTenantId, "customers")).toBe(SCALE_CUSTOMERS);
    const generated = [...generateCustomers({ now: NOW, namespace: scaleTenantId }, 0, SCALE_CUSTOMERS)];
    expect(await tenantCount(scaleTenantId, "products")).toBe(generated.reduce((n, c) => n + c.products.length, 0));
    expect(await tenantCount(scaleTenantId, "claims")).toBe(generated.reduce((n, c) => n + c.claims.length, 0));

    // Repeated damage by the seed's definition, in SQL: 2+ unresolved claims on one product in the 30 days before now.
    const repeated = await testDb.db.tenant(scaleTenantId, (tx) =>
      tx.query<{ code: string }>(
        `SELECT DISTINCT c.code FROM claims cl JOIN customers c ON c.tenant_id = cl.tenant_id AND c.id = cl.customer_id
          WHERE cl.resolved_at IS NULL AND cl.opened_at >= $1::timestamptz - interval '30 days'
          GROUP BY c.code, cl.product_id HAVING count(*) >= 2 ORDER BY c.code`,
        [NOW],
      ),
    );
    const expected = generated.filter((c) => c.hasRepeatedDamage).map((c) => c.code);
    expect(expected.length).toBeGreaterThan(0);
    expect(repeated.rows.map((r) => r.code)).toEqual(expected);
  });

  it("does nothing when the tenant already holds N, and refuses bad input", async () => {
    const again = await seedScale(testDb.db, { tenantSlug: "escala", customers: 100, now: NOW });
    expect(again.counts.customers).toBe(0);
    await expect(seedScale(testDb.db, { tenantSlug: "escala", customers: 0, now: NOW })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    await expect(seedScale(testDb.db, { tenantSlug: "no-existe", customers: 10, now: NOW })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await tenantCount(scaleTenantId, "customers")).toBe(SCALE_CUSTOMERS);
  });

  it("after a failed batch keeps a contiguous prefix, and a rerun completes it", async () => {
    const first = await seedScale(testDb.db, {
      tenantSlug: "fallo",
      customers: 100,
      now: NOW,
      createTenant: true,
      batchSize: 50,
    });
    const tenantId = first.tenantId;
    // Customer 300's internet line is already taken: the batch holding it fails on COPY.
    const blocked = generateCustomers({ now: NOW, namespace: tenantId }, 300, 1).next().value!;
    const serviceNumber = blocked.products[0]!.serviceNumber;
    await testDb.db.system((tx) =>
      tx.query(
        `INSERT INTO products (tenant_id, customer_id, service_number, kind, technology, plan, status)
         SELECT tenant_id, id, $2, 'internet', 'hfc', 'Bloqueo', 'active' FROM customers WHERE tenant_id = $1 LIMIT 1`,
        [tenantId, serviceNumber],
      ),
    );
    await expect(
      seedScale(testDb.db, { tenantSlug: "fallo", customers: 500, now: NOW, batchSize: 50, parallel: 3 }),
    ).rejects.toMatchObject({ code: "DUPLICATE" });
    const prefix = async () =>
      (
        await testDb.db.system((tx) =>
          tx.query<{ n: number; last: string }>("SELECT count(*) AS n, max(code) AS last FROM customers WHERE tenant_id = $1", [
            tenantId,
          ]),
        )
      ).rows[0]!;
    const afterFailure = await prefix();
    expect(afterFailure.n).toBeLessThanOrEqual(300);
    expect(afterFailure.last).toBe(`CL-${String(afterFailure.n).padStart(7, "0")}`);

    await testDb.db.system((tx) => tx.query("DELETE FROM products WHERE tenant_id = $1 AND plan = 'Bloqueo'", [tenantId]));
    const rerun = await seedScale(testDb.db, { tenantSlug: "fallo", customers: 500, now: NOW, batchSize: 50, parallel: 3 });
    expect(rerun.from).toBe(afterFailure.n);
    const done = await prefix();
    expect(done).toEqual({ n: 500, last: "CL-0000500" });
  });

  it("keeps every tenant's rows to itself (row-level security)", async () => {
    const tenants = (await testDb.db.system((tx) => tx.query<{ id: string }>("SELECT id FROM tenants"))).rows.map((r) => r.id);
    expect(tenants.length).toBe(3);
    for (const table of ["customers", "products", "claims", "billing_statements", "events"]) {
      const count = async (where: string, params: unknown[]) =>
        (await testDb.db.system((tx) => tx.query<{ n: number }>(`SELECT count(*) AS n FROM ${table} ${where}`, params))).rows[0]!
          .n;
      let visible = 0;
      for (const tenantId of tenants) {
        const seen = await tenantCount(tenantId, table);
        expect(seen).toBeGreaterThan(0);
        expect(seen).toBe(await count("WHERE tenant_id = $1", [tenantId]));
        visible += seen;
      }
      expect(visible).toBe(await count("", []));
    }
    const scaleCustomer = (
      await testDb.db.system((tx) =>
        tx.query<{ id: string }>("SELECT id FROM customers WHERE tenant_id = $1 LIMIT 1", [scaleTenantId]),
      )
    ).rows[0]!.id;
    const seenFromDemo = await testDb.db.tenant(demo.tenantId, (tx) =>
      tx.query("SELECT 1 FROM customers WHERE id = $1", [scaleCustomer]),
    );
    expect(seenFromDemo.rowCount).toBe(0);
    const advisor = await login(testApp.app, "asesor@demo.fideliza.co", DEMO_PASSWORD);
    expect((await advisor.request({ url: `/api/customers/${scaleCustomer}` })).statusCode).toBe(404);
  });
});

describe("the demo's adjustments cell", () => {
  it("has one cut with a row of every cause A–M and every outcome, visible on the cell's desk", async () => {
    const cell = await login(testApp.app, "ajustes@demo.fideliza.co", DEMO_PASSWORD);
    const rows = await cell.request({ url: `/api/adjustments/cuts/${demo.adjustments.cutDate}/rows?pageSize=100` });
    expect(rows.statusCode, rows.body).toBe(200);
    const items: Array<{ cause: string; status: string }> = rows.json().items;
    expect(new Set(items.map((r) => r.cause)).size).toBe(13);
    expect(new Set(items.map((r) => r.status))).toEqual(
      new Set(["received", "escalated_pqr", "sent_to_backoffice", "rejected_rightly", "informed", "appealed"]),
    );
    const supervisor = await login(testApp.app, "supervisor@demo.fideliza.co", DEMO_PASSWORD);
    const week = await supervisor.request({ url: `/api/adjustments/feedback?week=${DEMO_NOW.toISOString().slice(0, 10)}` });
    expect(week.json().items.length).toBeGreaterThan(0);
  });
});

describe("the demo's PQRs", () => {
  it("has PQRs in every state, the PQR area's worklist with silence first, and the advisor sees a customer's PQRs", async () => {
    expect(demo.pqr).toMatchObject({
      filed: 4,
      silence: 1,
      answered: 1,
      closed: 1,
      appeal_filed: 1,
      with_authority: 1,
      authority_decided: 1,
      desisted: 1,
    });
    const area = await login(testApp.app, "pqr@demo.fideliza.co", DEMO_PASSWORD);
    const worklist = (await area.request({ url: "/api/pqrs" })).json() as {
      total: number;
      items: Array<{ status: string; clockStatus: string; customerId: string; cun: string }>;
    };
    expect(worklist.items[0]).toMatchObject({ status: "silence", clockStatus: "past_due" });
    expect(worklist.items.map((i) => i.clockStatus)).toContain("at_risk");
    const advisor = await login(testApp.app, "asesor@demo.fideliza.co", DEMO_PASSWORD);
    const ofCustomer = await advisor.request({ url: `/api/pqrs?customerId=${worklist.items[0]!.customerId}&status=silence` });
    expect(ofCustomer.json().items[0].cun).toBe(worklist.items[0]!.cun);
  });
});
