import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

let testDb: TestDatabase;
let testApp: TestApp;
let tenantA: TestTenant;
let tenantB: TestTenant;
let adminA: Session;
let adminB: Session;
let customerB: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenantA = await buildTenant(testDb.db, "existe-a");
  tenantB = await buildTenant(testDb.db, "existe-b");
  testApp = await buildTestApp(testDb);
  adminA = await login(testApp.app, tenantA.users.admin!.email);
  adminB = await login(testApp.app, tenantB.users.admin!.email);
  const created = await adminB.request({
    method: "POST",
    url: "/api/customers",
    payload: { code: "B1", documentId: "DOC-B1", fullName: "Cliente B1" },
  });
  expect(created.statusCode, created.body).toBe(201);
  customerB = created.json().id;
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

function expectNotFound(response: { statusCode: number; json(): unknown; body: string }, what: string) {
  expect(response.statusCode, `${what}: ${response.body}`).toBe(404);
  const problem = response.json() as { title: string; code: string; detail: string };
  expect(problem.code).toBe("NOT_FOUND");
  expect(problem.title).toBe("No encontrado");
  expect(problem.detail).toMatch(/no encontrad/i);
}

describe("every route that takes an id answers 404 for another tenant's or an unknown subject", () => {
  it("the customer's page, timeline, subject timeline and 360 agree", async () => {
    const unknown = randomUUID();
    for (const id of [customerB, unknown]) {
      for (const url of [
        `/api/customers/${id}`,
        `/api/customers/${id}/timeline`,
        `/api/customers/${id}/timeline?before=10`,
        `/api/timeline/customer/${id}`,
        `/api/retention/customers/${id}/360`,
      ]) {
        expectNotFound(await adminA.request({ url }), url);
      }
    }
    // The owner reads them, so the answers above are not a broken route.
    expect((await adminB.request({ url: `/api/customers/${customerB}/timeline` })).json().events.length).toBeGreaterThan(0);
    expect((await adminB.request({ url: `/api/timeline/customer/${customerB}` })).statusCode).toBe(200);
  });

  it("writes on another tenant's customer and reads of unknown cases, orders, imports and deadlines", async () => {
    const writes = [
      { method: "PUT" as const, url: `/api/customers/${customerB}`, payload: { code: "B1", documentId: "X", fullName: "Otro" } },
      {
        method: "POST" as const,
        url: `/api/customers/${customerB}/products`,
        payload: { serviceNumber: "SVC-X", kind: "tv", technology: "hfc", plan: "TV", status: "active" },
      },
      { method: "PUT" as const, url: `/api/customers/${customerB}/billing`, payload: { period: "2026-01", amount: 10 } },
    ];
    for (const write of writes) expectNotFound(await adminA.request(write), `${write.method} ${write.url}`);
    const unknown = randomUUID();
    for (const url of [
      `/api/timeline/retention_case/${unknown}`,
      `/api/timeline/import/${unknown}`,
      `/api/work-orders/${unknown}`,
      `/api/complaint-cases/${unknown}`,
      `/api/imports/${unknown}`,
      `/api/deadlines/${unknown}`,
    ]) {
      expectNotFound(await adminA.request({ url }), url);
    }
  });
});
