import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

const run = promisify(execFile);
let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let admin: Session;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "listado");
  const other = await buildTenant(testDb.db, "listado-otro");
  testApp = await buildTestApp(testDb);
  admin = await login(testApp.app, tenant.users.admin!.email);
  for (let i = 1; i <= 7; i++) {
    const created = await admin.request({
      method: "POST",
      url: "/api/customers",
      payload: { code: `L-${i}`, documentId: `DOC-${i}`, fullName: `${"GFEDCBA"[i - 1]} Cliente`, phone: `30000${i}` },
    });
    expect(created.statusCode, created.body).toBe(201);
  }
  const foreign = await login(testApp.app, other.users.admin!.email);
  await foreign.request({ method: "POST", url: "/api/customers", payload: { code: "X-1", documentId: "X", fullName: "Ajeno" } });
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

describe("customers listed with paging, sorting and a total", () => {
  it("API: pages, sorts and counts the tenant's customers only", async () => {
    const first = await admin.request({ url: "/api/customers?page=1&pageSize=3" });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ total: 7, page: 1, pageSize: 3 });
    expect(first.json().items.map((c: { code: string }) => c.code)).toEqual(["L-1", "L-2", "L-3"]);
    const last = await admin.request({ url: "/api/customers?page=3&pageSize=3" });
    expect(last.json().items.map((c: { code: string }) => c.code)).toEqual(["L-7"]);
    const byName = await admin.request({ url: "/api/customers?sort=fullName&pageSize=2" });
    expect(byName.json().items.map((c: { fullName: string }) => c.fullName)).toEqual(["A Cliente", "B Cliente"]);
    const desc = await admin.request({ url: "/api/customers?sort=-code&pageSize=1" });
    expect(desc.json()).toMatchObject({ total: 7, items: [{ code: "L-7" }] });
    const filtered = await admin.request({ url: "/api/customers?q=L-4&page=1" });
    expect(filtered.json()).toMatchObject({ total: 1, items: [{ code: "L-4" }] });
    const everything = await admin.request({ url: "/api/customers" });
    expect(everything.json()).toMatchObject({ total: 7, page: 1, pageSize: 50 });
    expect((await admin.request({ url: "/api/customers?pageSize=0" })).statusCode).toBe(400);
    expect((await admin.request({ url: "/api/customers?sort=otro" })).statusCode).toBe(400);
  });

  it("API: the web's search (q and limit only) still answers its list", async () => {
    const found = await admin.request({ url: "/api/customers?q=DOC-2&limit=20" });
    expect(found.statusCode).toBe(200);
    expect(found.json().map((c: { code: string }) => c.code)).toEqual(["L-2"]);
  });

  it("CLI: fideliza customers list in text, csv and json", async () => {
    const env = { ...process.env, DATABASE_URL: testDb.url, LOG_LEVEL: "warn" };
    const cli = (args: string[]) =>
      run(process.execPath, ["bin/fideliza.mjs", "customers", "list", "--tenant", "listado", ...args], { env });
    const json = await cli(["--page", "2", "--page-size", "3", "--sort", "-code", "--format", "json"]);
    const parsed = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({ total: 7, page: 2, pageSize: 3 });
    expect(parsed.items.map((c: { code: string }) => c.code)).toEqual(["L-4", "L-3", "L-2"]);
    const csv = await cli(["--page-size", "2", "--format", "csv"]);
    expect(csv.stdout.trim().split("\n")).toEqual([
      "codigo,documento,nombre,segmento,telefono,ciudad",
      "L-1,DOC-1,G Cliente,standard,300001,",
      "L-2,DOC-2,F Cliente,standard,300002,",
    ]);
    const text = await cli(["--page-size", "5"]);
    expect(text.stdout).toContain("7 clientes · página 1 de 2 (5 por página)");
  }, 90_000);
});
