import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import {
  CAMPAIGN,
  cancellationRequestsCsv,
  caseApi,
  type ServiceCustomer,
  seedServiceCustomers,
  uploadCancellationRequests,
} from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// Another operator's cases, instructions and services do not exist for a tenant: row-level security.

let testDb: TestDatabase;
let testApp: TestApp;
let tenantA: TestTenant;
let tenantB: TestTenant;
let supervisorA: Session;
let supervisorB: Session;
let advisorB: Session;
let customersA: ServiceCustomer[];
let caseA: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenantA = await buildTenant(testDb.db, "aislado-a", "EC");
  tenantB = await buildTenant(testDb.db, "aislado-b", "EC");
  testApp = await buildTestApp(testDb);
  const adminA = await login(testApp.app, tenantA.users.admin!.email);
  supervisorA = await login(testApp.app, tenantA.users.supervisor!.email);
  supervisorB = await login(testApp.app, tenantB.users.supervisor!.email);
  advisorB = await login(testApp.app, tenantB.users.advisor!.email);
  customersA = await seedServiceCustomers(adminA, "ia", 2);
  const staged = await uploadCancellationRequests(
    supervisorA,
    "cola-a.csv",
    cancellationRequestsCsv(customersA.map((c, i) => ({ number: `A-${i}`, service: c.serviceNumber, customer: c.code }))),
  );
  await supervisorA.request({ method: "POST", url: `/api/complaints/imports/${staged.json().id}/commit` });
  caseA = (await supervisorA.request({ url: "/api/complaint-cases" })).json().cases[0].id;
  const advisorA = await login(testApp.app, tenantA.users.advisor!.email);
  await caseApi(advisorA).dispose(caseA, "NO_APLICA", "SERVICIO_RETIRADO");
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

describe("tenant B cannot reach tenant A's complaint cases", () => {
  it("does not see A's cases, instructions or indicators", async () => {
    expect((await supervisorB.request({ url: `/api/complaint-cases/${caseA}` })).statusCode).toBe(404);
    expect((await supervisorB.request({ url: "/api/complaint-cases" })).json()).toEqual({
      cases: [],
      total: 0,
      page: 1,
      pageSize: 50,
    });
    expect((await supervisorB.request({ url: "/api/closing-instructions" })).json()).toEqual([]);
    const listedA = (await supervisorA.request({ url: "/api/closing-instructions" })).json();
    expect(listedA).toHaveLength(1);
  });

  it("cannot take, dispose, assign or send A's case or instruction", async () => {
    expect((await advisorB.request({ method: "POST", url: `/api/complaint-cases/${caseA}/take`, payload: {} })).statusCode).toBe(
      404,
    );
    const disposition = await advisorB.request({
      method: "POST",
      url: `/api/complaint-cases/${caseA}/disposition`,
      payload: { stateCode: "RETENIDO", motiveCode: "BAJA_PLAN", expectedVersion: 1 },
    });
    expect(disposition.statusCode).toBe(404);
    const assign = await supervisorB.request({
      method: "POST",
      url: "/api/complaint-cases/assign",
      payload: { caseIds: [caseA], advisorId: tenantB.users.advisor!.id },
    });
    expect(assign.statusCode).toBe(404);
    const instructionA = (await supervisorA.request({ url: "/api/closing-instructions" })).json()[0].id;
    const send = await supervisorB.request({
      method: "POST",
      url: "/api/closing-instructions/send",
      payload: { ids: [instructionA] },
    });
    expect(send.statusCode).toBe(404);
    expect((await supervisorA.request({ url: "/api/closing-instructions" })).json()[0].status).toBe("ready");
  });

  it("cannot queue a complaint on A's service", async () => {
    const response = await uploadCancellationRequests(
      supervisorB,
      "cola-b.csv",
      cancellationRequestsCsv([{ number: "B-1", service: customersA[0]!.serviceNumber, customer: customersA[0]!.code }]),
      CAMPAIGN,
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { message: string }) => e.message)).toEqual([
      `El cliente «${customersA[0]!.code}» no existe`,
      `El número de servicio «${customersA[0]!.serviceNumber}» no existe`,
    ]);
  });
});
