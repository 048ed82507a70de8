import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { reportCliError } from "../../src/app/cli/output.js";
import { createTenant } from "../../src/modules/tenants/commands/create-tenant.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { queueCancellationRequest, type ServiceCustomer, seedServiceCustomers } from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// Commands let the database refuse duplicates and dangling references; each constraint's owner registered
// what the refusal means (registerConstraintErrors), and the API and the CLI say it the same way.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let admin: Session;
let supervisor: Session;
let customers: ServiceCustomer[];

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "restricciones");
  testApp = await buildTestApp(testDb);
  admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  customers = await seedServiceCustomers(admin, "rx", 2);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

const expectProblem = (response: { statusCode: number; json(): unknown }, status: number, problem: Record<string, unknown>) => {
  expect(response.statusCode).toBe(status);
  expect(response.json()).toMatchObject(problem);
  expect(response.json()).not.toHaveProperty("constraint");
};

describe("a refusal of the database is the registered problem", () => {
  it("a taken customer code (create and update), service number and claim number", async () => {
    const [first, second] = customers as [ServiceCustomer, ServiceCustomer];
    const created = await admin.request({
      method: "POST",
      url: "/api/customers",
      payload: { code: first.code, documentId: "9", fullName: "Otra" },
    });
    expectProblem(created, 409, { code: "DUPLICATE", field: "code", detail: "Ya existe un cliente con el código indicado" });
    const updated = await admin.request({
      method: "PUT",
      url: `/api/customers/${second.id}`,
      payload: { code: first.code, documentId: "9", fullName: second.name },
    });
    expectProblem(updated, 409, { code: "DUPLICATE", field: "code" });
    const product = await admin.request({
      method: "POST",
      url: `/api/customers/${second.id}/products`,
      payload: { serviceNumber: first.serviceNumber, kind: "internet", technology: "gpon", plan: "Fibra", status: "active" },
    });
    expectProblem(product, 409, { code: "DUPLICATE", field: "serviceNumber" });
    const claim = { code: "R-1", serviceNumber: first.serviceNumber, category: "Lentitud", openedAt: new Date().toISOString() };
    expect((await admin.request({ method: "POST", url: "/api/claims", payload: claim })).statusCode).toBe(201);
    const again = await admin.request({ method: "POST", url: "/api/claims", payload: claim });
    expectProblem(again, 409, { code: "DUPLICATE", field: "code", detail: "Ya existe un reclamo con el número indicado" });
  });

  it("a taken user email", async () => {
    const response = await admin.request({
      method: "POST",
      url: "/api/users",
      payload: { email: tenant.users.advisor!.email, fullName: "Otro", password: "una-clave-larga", roles: ["advisor"] },
    });
    expectProblem(response, 409, { code: "DUPLICATE", field: "email" });
  });

  it("a complaint already queued", async () => {
    await queueCancellationRequest(supervisor, customers[0]!, "Q-R1");
    const response = await supervisor.request({
      method: "POST",
      url: "/api/complaint-cases",
      payload: {
        campaign: "internet-retention",
        complaintNumber: "Q-R1",
        serviceNumber: customers[0]!.serviceNumber,
        reason: "Retiro",
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
      },
    });
    expectProblem(response, 409, { code: "DUPLICATE", field: "complaintNumber", detail: "La queja indicada ya está en la cola" });
  });

  it("a deadline on a customer of another tenant", async () => {
    const other = await buildTenant(testDb.db, "restricciones-otro");
    const otherAdmin = await login(testApp.app, other.users.admin!.email);
    const [foreign] = await seedServiceCustomers(otherAdmin, "ry", 1);
    const response = await admin.request({
      method: "POST",
      url: "/api/deadlines",
      payload: {
        subjectType: "retention_case",
        subjectId: "RC-1",
        customerId: foreign!.id,
        kind: "closing_action",
        rule: { amount: 1, unit: "business_days" },
      },
    });
    expectProblem(response, 404, { code: "NOT_FOUND", field: "customerId", detail: "Cliente no encontrado" });
  });

  it("the CLI says a taken or malformed tenant slug as the API would, with the value PostgreSQL reported", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const exitCode = process.exitCode;
      reportCliError(await createTenant(testDb.db, { slug: tenant.slug, name: "Otro", country: "CO" }).catch((e) => e));
      reportCliError(await createTenant(testDb.db, { slug: "No Vale", name: "Otro", country: "CO" }).catch((e) => e));
      process.exitCode = exitCode;
      expect(printed.mock.calls.map(([line]) => line)).toEqual([
        `Ya existe un registro con esa clave — Ya existe el operador ${tenant.slug} (campo «slug»)`,
        "Los datos enviados no son válidos — Identificador inválido: use de 2 a 63 minúsculas, dígitos o guiones, empezando por una minúscula o un dígito (campo «slug»)",
      ]);
    } finally {
      printed.mockRestore();
    }
  });
});
