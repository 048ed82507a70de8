import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// API errors are Spanish by default and English when the request's Accept-Language prefers English.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "idioma");
  testApp = await buildTestApp(testDb);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

const get = (url: string, language?: string) =>
  testApp.app.inject({ method: "GET", url, headers: language ? { "accept-language": language } : {} });

describe("the language of a problem", () => {
  it("is Spanish without Accept-Language or when Spanish is preferred", async () => {
    for (const language of [undefined, "es-CO,en;q=0.5"]) {
      const response = await get("/api/no-existe", language);
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-language"]).toBe("es");
      expect(response.json()).toMatchObject({
        code: "NOT_FOUND",
        title: "No encontrado",
        detail: "No existe la ruta GET /api/no-existe",
      });
      expect(response.json()).not.toHaveProperty("detailEn");
    }
  });

  it("is English when the request asks for English: title, and the detail where it is known in English", async () => {
    const missing = await get("/api/no-existe", "en-US,en;q=0.9");
    expect(missing.headers["content-language"]).toBe("en");
    expect(missing.json()).toMatchObject({ code: "NOT_FOUND", title: "Not found", detail: "No route GET /api/no-existe" });

    const unauthenticated = await get("/api/customers?q=ab", "en");
    expect(unauthenticated.statusCode).toBe(401);
    expect(unauthenticated.json()).toMatchObject({ code: "UNAUTHENTICATED", title: "You must sign in" });
  });

  it("marks a detail known only in Spanish as such, under an English title", async () => {
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    const response = await advisor.request({
      method: "GET",
      url: "/api/customers/00000000-0000-4000-8000-000000000999",
      headers: { "accept-language": "en" },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: "NOT_FOUND", title: "Not found", detailLanguage: "es" });
  });
});
