import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRoleCatalog } from "../../src/modules/identity/catalog.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "rutas");
  testApp = await buildTestApp(testDb);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

const PLACEHOLDER_UUID = "00000000-0000-4000-8000-000000000000";

/** A concrete URL for a route pattern: every :param becomes a well-formed id that matches nothing. */
function concreteUrl(pattern: string): string {
  return pattern.replace(/:(\w+)/g, (_match, name: string) =>
    name.toLowerCase().includes("type") ? "customer" : PLACEHOLDER_UUID,
  );
}

// Routes that end the session they are called with: walked last, on a session of their own.
const SESSION_ENDING = new Set(["POST /api/auth/logout"]);

describe("every route declares a permission and enforces it for every role", () => {
  it("has routes to walk", () => {
    expect(testApp.app.apiRoutes.length).toBeGreaterThan(10);
  });

  it("refuses every non-public route without credentials (401, problem+json)", async () => {
    for (const route of testApp.app.apiRoutes.filter((r) => r.permission !== "public")) {
      const response = await testApp.app.inject({
        method: route.method as "GET",
        url: concreteUrl(route.url),
        payload: route.method === "GET" ? undefined : {},
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
  });

  it("allows a role exactly the routes its permissions cover (403 otherwise)", async () => {
    const catalog = await readRoleCatalog();
    const checked: string[] = [];
    for (const role of catalog.roles) {
      const granted = new Set(role.permissions);
      let session: Session = await login(testApp.app, tenant.users[role.code]!.email);
      const routes = [...testApp.app.apiRoutes].sort(
        (a, b) => Number(SESSION_ENDING.has(`${a.method} ${a.url}`)) - Number(SESSION_ENDING.has(`${b.method} ${b.url}`)),
      );
      for (const route of routes) {
        if (route.permission === "public") continue;
        if (route.url === "/api/stream") continue; // a never-ending response; its permission is covered by its own test
        const response = await session.request({
          method: route.method as "GET",
          url: concreteUrl(route.url),
          payload: route.method === "GET" || route.method === "DELETE" ? undefined : {},
        });
        const shouldAllow = route.permission === "authenticated" || granted.has(route.permission);
        const label = `${role.code} ${route.method} ${route.url} (${route.permission}) → ${response.statusCode} ${response.body.slice(0, 120)}`;
        if (shouldAllow) expect(response.statusCode, label).not.toBe(403);
        else {
          expect(response.statusCode, label).toBe(403);
          expect(response.json().code, label).toBe("FORBIDDEN");
        }
        expect(response.statusCode, label).toBeLessThan(500);
        checked.push(label);
        if (SESSION_ENDING.has(`${route.method} ${route.url}`))
          session = await login(testApp.app, tenant.users[role.code]!.email);
      }
    }
    expect(checked.length).toBeGreaterThan(catalog.roles.length * 10);
  });
});
