import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { queueCancellationRequest, type ServiceCustomer, seedServiceCustomers } from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// The lists the screens page through: page, pageSize and sort in, items (or cases) and the total out.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let supervisor: Session;
let customers: ServiceCustomer[];

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "paginas-co", "CO");
  testApp = await buildTestApp(testDb);
  const admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  customers = await seedServiceCustomers(admin, "pg", 5);
  // Five cases received an hour apart: PG-0 the oldest.
  for (let index = 0; index < 5; index++) {
    await queueCancellationRequest(supervisor, customers[index]!, `PG-${index}`, new Date(Date.now() - (10 - index) * 3_600_000));
  }
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

const get = async (session: Session, url: string) => {
  const response = await session.request({ method: "GET", url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe("complaint cases by pages", () => {
  it("answers one page with the total of every page", async () => {
    const first = await get(supervisor, "/api/complaint-cases?pool=true&page=1&pageSize=2");
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.cases.map((c: { complaintNumber: string }) => c.complaintNumber)).toEqual(["PG-0", "PG-1"]);
    const last = await get(supervisor, "/api/complaint-cases?pool=true&page=3&pageSize=2");
    expect(last.cases.map((c: { complaintNumber: string }) => c.complaintNumber)).toEqual(["PG-4"]);
  });

  it("sorts by a named field, descending with «-»", async () => {
    const newest = await get(supervisor, "/api/complaint-cases?pool=true&page=1&pageSize=3&sort=-receivedAt");
    expect(newest.cases.map((c: { complaintNumber: string }) => c.complaintNumber)).toEqual(["PG-4", "PG-3", "PG-2"]);
    const byNumber = await get(supervisor, "/api/complaint-cases?pool=true&page=1&pageSize=5&sort=complaintNumber");
    expect(byNumber.cases.map((c: { complaintNumber: string }) => c.complaintNumber)).toEqual([
      "PG-0",
      "PG-1",
      "PG-2",
      "PG-3",
      "PG-4",
    ]);
  });

  it("refuses a sort it does not know, in Spanish, and changes nothing", async () => {
    const response = await supervisor.request({ method: "GET", url: "/api/complaint-cases?page=1&sort=id;drop" });
    expect(response.statusCode).toBe(400);
  });

  it("keeps the older limit/offset answer for other callers", async () => {
    const older = await get(supervisor, "/api/complaint-cases?pool=true&limit=2&offset=2");
    expect(older).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(older.cases).toHaveLength(2);
  });
});

describe("deadlines by pages", () => {
  it("answers {items, total, page, pageSize} when asked for a page, the bare list otherwise", async () => {
    const all = await get(supervisor, "/api/deadlines");
    expect(Array.isArray(all)).toBe(true);
    const page = await get(supervisor, "/api/deadlines?page=1&pageSize=1&sort=-dueAt");
    expect(page).toMatchObject({ total: all.length, page: 1, pageSize: 1 });
    expect(page.items.length).toBe(Math.min(1, all.length));
  });
});
