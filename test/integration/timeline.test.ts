import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "historial");
  testApp = await buildTestApp(testDb);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

describe("timeline", () => {
  it("records who, role, when, before → after for every change, newest first, paginated", async () => {
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    const created = await advisor.request({
      method: "POST",
      url: "/api/customers",
      payload: { code: "T1", documentId: "11", fullName: "Luz Gómez" },
    });
    const id = created.json().id;
    await advisor.request({
      method: "PUT",
      url: `/api/customers/${id}`,
      payload: { code: "T1", documentId: "11", fullName: "Luz Gómez", isDelinquent: true },
    });
    await advisor.request({ method: "PUT", url: `/api/customers/${id}/billing`, payload: { period: "2026-10", amount: 120000 } });
    await advisor.request({ method: "PUT", url: `/api/customers/${id}/billing`, payload: { period: "2026-10", amount: 99000 } });

    const page1 = (await advisor.request({ url: `/api/customers/${id}/timeline?limit=2` })).json();
    expect(page1.events.map((e: { action: string }) => e.action)).toEqual(["billing_recorded", "billing_recorded"]);
    expect(page1.events[0]).toMatchObject({
      actorRole: "advisor",
      actorUserId: tenant.users.advisor!.id,
      actorName: "Asesor historial",
      before: { period: "2026-10", amount: 120000 },
      after: { period: "2026-10", amount: 99000 },
    });
    const page2 = (await advisor.request({ url: `/api/customers/${id}/timeline?limit=2&before=${page1.nextBefore}` })).json();
    expect(page2.events.map((e: { action: string }) => e.action)).toEqual(["customer_updated", "customer_created"]);
    expect(page2.events[0].before.isDelinquent).toBe(false);
    expect(page2.events[0].after.isDelinquent).toBe(true);
  });

  it("a refused change writes no event", async () => {
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    const before = await testDb.db.system((tx) => tx.query("SELECT count(*)::int AS n FROM events"));
    const duplicate = await advisor.request({
      method: "POST",
      url: "/api/customers",
      payload: { code: "T1", documentId: "1", fullName: "Otra" },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: "DUPLICATE", field: "code" });
    const invalid = await advisor.request({
      method: "POST",
      url: "/api/customers",
      payload: { code: "T2", fullName: "Sin documento", tier: "oro" },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().detail).toContain("documentId");
    const after = await testDb.db.system((tx) => tx.query("SELECT count(*)::int AS n FROM events"));
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it("the database refuses updates, deletes and truncation of events, for the app role and the owner alike", async () => {
    for (const statement of ["UPDATE events SET action = 'x'", "DELETE FROM events", "TRUNCATE events"]) {
      await expect(
        testDb.db.tenant(tenant.tenantId, (tx) => tx.query(statement)),
        statement,
      ).rejects.toThrow();
      await expect(
        testDb.db.system((tx) => tx.query(statement)),
        statement,
      ).rejects.toThrow(/solo anexado/);
    }
    const count = await testDb.db.system((tx) => tx.query("SELECT count(*)::int AS n FROM events"));
    expect(count.rows[0].n).toBeGreaterThan(0);
  });
});
