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

async function seedCustomer(session: Session, code: string, serviceNumber: string): Promise<string> {
  const created = await session.request({
    method: "POST",
    url: "/api/customers",
    payload: { code, documentId: `DOC-${code}`, fullName: `Cliente ${code}`, phone: `300${code.replace(/\D/g, "")}` },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const product = await session.request({
    method: "POST",
    url: `/api/customers/${id}/products`,
    payload: { serviceNumber, kind: "internet", technology: "ftth", plan: "Fibra 300", status: "active" },
  });
  expect(product.statusCode, product.body).toBe(201);
  const claim = await session.request({
    method: "POST",
    url: "/api/claims",
    payload: { code: `R-${code}`, serviceNumber, category: "Sin servicio", openedAt: new Date().toISOString() },
  });
  expect(claim.statusCode, claim.body).toBe(201);
  return id;
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenantA = await buildTenant(testDb.db, "operador-a");
  tenantB = await buildTenant(testDb.db, "operador-b");
  testApp = await buildTestApp(testDb);
  adminA = await login(testApp.app, tenantA.users.admin!.email);
  adminB = await login(testApp.app, tenantB.users.admin!.email);
  await seedCustomer(adminA, "A1", "SVC-A1");
  customerB = await seedCustomer(adminB, "B1", "SVC-B1");
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

describe("a user of tenant A cannot touch tenant B's rows through any route", () => {
  it("cannot read B's customer page, timeline or search results", async () => {
    expect((await adminA.request({ url: `/api/customers/${customerB}` })).statusCode).toBe(404);
    const timeline = await adminA.request({ url: `/api/customers/${customerB}/timeline` });
    expect(timeline.statusCode).toBe(404);
    const subject = await adminA.request({ url: `/api/timeline/customer/${customerB}` });
    expect(subject.statusCode).toBe(404);
    for (const q of ["B1", "DOC-B1", "SVC-B1", "Cliente B1", "3001"]) {
      const found = await adminA.request({ url: `/api/customers?q=${encodeURIComponent(q)}` });
      expect(
        found.json().map((c: { code: string }) => c.code),
        q,
      ).not.toContain("B1");
    }
    // B sees its own, so the queries above would have found it.
    expect((await adminB.request({ url: "/api/customers?q=B1" })).json()[0].code).toBe("B1");
  });

  it("cannot update B's customer, add products to it, claim on its product or bill it", async () => {
    const update = await adminA.request({
      method: "PUT",
      url: `/api/customers/${customerB}`,
      payload: { code: "B1", documentId: "X", fullName: "Secuestrado" },
    });
    expect(update.statusCode).toBe(404);
    const product = await adminA.request({
      method: "POST",
      url: `/api/customers/${customerB}/products`,
      payload: { serviceNumber: "SVC-X", kind: "tv", technology: "hfc", plan: "TV", status: "active" },
    });
    expect(product.statusCode).toBe(404);
    const claim = await adminA.request({
      method: "POST",
      url: "/api/claims",
      payload: { code: "R-X", serviceNumber: "SVC-B1", category: "Sin servicio", openedAt: new Date().toISOString() },
    });
    expect(claim.statusCode).toBe(404);
    const billing = await adminA.request({
      method: "PUT",
      url: `/api/customers/${customerB}/billing`,
      payload: { period: "2026-10", amount: 1 },
    });
    expect(billing.statusCode).toBe(404);
    const page = await adminB.request({ url: `/api/customers/${customerB}` });
    expect(page.json()).toMatchObject({ fullName: "Cliente B1", billing: [] });
    expect(page.json().products).toHaveLength(1);
  });

  it("the same customer code may exist in both tenants (keys are per tenant)", async () => {
    const response = await adminA.request({
      method: "POST",
      url: "/api/customers",
      payload: { code: "B1", documentId: "1", fullName: "Otro" },
    });
    expect(response.statusCode).toBe(201);
  });
});

describe("row-level security in the database itself", () => {
  it("every table with a tenant_id has RLS enabled and a tenant policy", async () => {
    const { rows } = await testDb.db.system((tx) =>
      tx.query(`SELECT c.relname, c.relrowsecurity,
                       EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid) AS has_policy
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind = 'r'
                   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)`),
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row, row.relname).toMatchObject({ relrowsecurity: true, has_policy: true });
  });

  it("as tenant A, B's rows are invisible, unchangeable and cannot be written", async () => {
    await testDb.db.tenant(tenantA.tenantId, async (tx) => {
      const visible = await tx.query("SELECT DISTINCT tenant_id FROM customers UNION SELECT DISTINCT tenant_id FROM events");
      expect(visible.rows.map((r) => r.tenant_id)).toEqual([tenantA.tenantId]);
      expect((await tx.query("UPDATE customers SET full_name = 'x' WHERE tenant_id = $1", [tenantB.tenantId])).rowCount).toBe(0);
      expect((await tx.query("DELETE FROM claims WHERE tenant_id = $1", [tenantB.tenantId])).rowCount).toBe(0);
    });
    await expect(
      testDb.db.tenant(tenantA.tenantId, (tx) =>
        tx.query("INSERT INTO customers (tenant_id, code, document_id, full_name) VALUES ($1, 'Z', 'Z', 'Z')", [
          tenantB.tenantId,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
    const countB = await testDb.db.tenant(tenantB.tenantId, (tx) =>
      tx.query("SELECT full_name FROM customers WHERE code = 'B1'"),
    );
    expect(countB.rows).toEqual([{ full_name: "Cliente B1" }]);
  });

  it("without a tenant set, the app role sees nothing", async () => {
    const client = await testDb.db.pool.connect();
    try {
      await client.query("BEGIN; SET LOCAL ROLE fideliza_app");
      expect((await client.query("SELECT count(*)::int AS n FROM customers")).rows[0].n).toBe(0);
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
  });
});
