import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "superficie");
  testApp = await buildTestApp(testDb);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

describe("HTTP surface", () => {
  it("publishes OpenAPI 3 with every /api route, its request and response schemas", async () => {
    const response = await testApp.app.inject({ url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const route of testApp.app.apiRoutes.filter((r) => r.url !== "/api/openapi.json")) {
      const openapiPath = route.url.replace(/:(\w+)/g, "{$1}");
      const operation = doc.paths[openapiPath]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      expect(Object.keys(operation.responses).length, `${route.method} ${route.url}`).toBeGreaterThan(0);
    }
    expect((await testApp.app.inject({ url: "/api/docs" })).statusCode).toBeLessThan(400);
  });

  it("answers health, readiness and Prometheus metrics", async () => {
    expect((await testApp.app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    expect((await testApp.app.inject({ url: "/readyz" })).json()).toEqual({ status: "ready" });
    const metrics = await testApp.app.inject({ url: "/metrics" });
    expect(metrics.body).toContain("fideliza_http_request_duration_seconds");
  });

  it("echoes or assigns a request id", async () => {
    const given = await testApp.app.inject({ url: "/healthz", headers: { "x-request-id": "abc-123" } });
    expect(given.headers["x-request-id"]).toBe("abc-123");
    const assigned = await testApp.app.inject({ url: "/healthz" });
    expect(assigned.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("turns malformed JSON, unknown routes and schema violations into Spanish problem+json", async () => {
    const session = await login(testApp.app, tenant.users.admin!.email);
    const malformed = await session.request({
      method: "POST",
      url: "/api/customers",
      headers: { "content-type": "application/json" },
      payload: '{"code": "x",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers["content-type"]).toContain("application/problem+json");
    expect(malformed.json().title).toBe("Solicitud incorrecta");

    const unknown = await session.request({ url: "/api/no-existe" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe("NOT_FOUND");

    const wrongType = await session.request({
      method: "POST",
      url: "/api/customers",
      payload: { code: "W1", documentId: "1", fullName: "X", isDelinquent: "quizás" },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json()).toMatchObject({ code: "VALIDATION_FAILED", field: "isDelinquent" });
    expect(wrongType.json().detail).toContain("«isDelinquent» debe ser sí o no (true/false)");

    const badProduct = await session.request({
      method: "POST",
      url: "/api/customers/00000000-0000-4000-8000-000000000000/products",
      payload: { serviceNumber: "S", kind: "internet", technology: "cobre", plan: "p", status: "active" },
    });
    expect(badProduct.statusCode).toBe(400);
    expect(badProduct.json().field).toBe("technology");
  });
});
