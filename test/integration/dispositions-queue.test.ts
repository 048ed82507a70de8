import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { CAMPAIGN, caseApi, dispositionCounts, type ServiceCustomer, seedServiceCustomers } from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// The campaign's queue beyond the scenario: who may hand cases out, and what holds a case.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let supervisor: Session;
let backOffice: Session;
let advisor: Session;
let customers: ServiceCustomer[];

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "cola-ec", "EC");
  testApp = await buildTestApp(testDb);
  const admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  backOffice = await login(testApp.app, tenant.users.back_office!.email);
  advisor = await login(testApp.app, tenant.users.advisor!.email);
  customers = await seedServiceCustomers(admin, "cq", 8);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

/** Queues one complaint of customer `index` through the API; returns the case id. */
async function queueComplaint(index: number, receivedAt = new Date(Date.now() - 3_600_000)): Promise<string> {
  const customer = customers[index]!;
  const created = await supervisor.request({
    method: "POST",
    url: "/api/complaint-cases",
    payload: {
      campaign: CAMPAIGN,
      complaintNumber: `CQ-${index}`,
      serviceNumber: customer.serviceNumber,
      customerCode: customer.code,
      reason: "Solicita retiro del servicio",
      receivedAt: receivedAt.toISOString(),
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}

describe("back office hands cases out (complaints:manage)", () => {
  it("assigns chosen cases and distributes the pool, as the form it is shown promises", async () => {
    const first = await queueComplaint(0);
    await queueComplaint(1);
    const advisorId = tenant.users.advisor!.id;
    const assigned = await backOffice.request({
      method: "POST",
      url: "/api/complaint-cases/assign",
      payload: { caseIds: [first], advisorId },
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toEqual({ assigned: 1 });
    const dealt = await backOffice.request({
      method: "POST",
      url: `/api/campaigns/${CAMPAIGN}/distribute`,
      payload: { advisorIds: [advisorId], limit: 10 },
    });
    expect(dealt.statusCode, dealt.body).toBe(200);
    expect(dealt.json().assigned).toEqual([{ advisorId, cases: 1 }]);
    expect((await caseApi(supervisor).detail(first)).assignedTo).toBe(advisorId);
  });
});

describe("no 4th attempt after the hand-off", () => {
  it("is refused even when a correction turned the automatic hand-off into PENDIENTE / VOLVER A LLAMAR; nothing changes", async () => {
    const id = await queueComplaint(2);
    const api = caseApi(advisor);
    for (const n of [1, 2, 3]) expect((await api.attempt(id, "no_answer")).statusCode, `intento ${n}`).toBe(200);
    expect(await api.detail(id)).toMatchObject({ status: "finished", queue: "level1", unansweredAttempts: 3 });

    const callback = new Date(Date.now() + 4 * 3_600_000).toISOString();
    const corrected = await api.correct(id, "PENDIENTE", "VOLVER_A_LLAMAR", { fecha_llamada: callback });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const detail = await api.detail(id);
    expect(detail).toMatchObject({ status: "pending", queue: "campaign", unansweredAttempts: 3 });
    expect(detail.refusals.attempt).toContain("no admite un 4to intento");

    const before = await dispositionCounts(testDb.db, tenant.tenantId);
    const fourth = await api.attempt(id, "no_answer");
    expect(fourth.statusCode).toBe(409);
    expect(fourth.json()).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      detail: "El caso ya tuvo 3 intentos sin respuesta, el máximo de la campaña; no admite un 4to intento de contacto",
    });
    expect(await dispositionCounts(testDb.db, tenant.tenantId)).toEqual(before);
  });
});

describe("a campaign that does not exist", () => {
  it("is a 404 naming it, for a complaint, «take next» and a distribution", async () => {
    const customer = customers[7]!;
    const responses = [
      await supervisor.request({
        method: "POST",
        url: "/api/complaint-cases",
        payload: {
          campaign: "no-existe",
          complaintNumber: "CQ-X",
          serviceNumber: customer.serviceNumber,
          customerCode: customer.code,
          reason: "Retiro",
          receivedAt: new Date().toISOString(),
        },
      }),
      await advisor.request({ method: "POST", url: "/api/campaigns/no-existe/take-next" }),
      await supervisor.request({
        method: "POST",
        url: "/api/campaigns/no-existe/distribute",
        payload: { advisorIds: [tenant.users.advisor!.id] },
      }),
    ];
    for (const response of responses) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json()).toMatchObject({
        field: "campaign",
        detail: "No existe la campaña «no-existe» (catálogo de tipificaciones)",
      });
    }
  });
});
