import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { CAMPAIGN, caseApi, type ServiceCustomer, seedServiceCustomers } from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// The campaign's queue beyond the scenario: who may hand cases out, and what holds a case.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let supervisor: Session;
let backOffice: Session;
let customers: ServiceCustomer[];

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "cola-ec", "EC");
  testApp = await buildTestApp(testDb);
  const admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  backOffice = await login(testApp.app, tenant.users.back_office!.email);
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
