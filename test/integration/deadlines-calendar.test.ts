import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let admin: Session;
let advisor: Session;
let technician: Session;

const WEEKDAYS = {
  "1": ["08:00", "17:00"],
  "2": ["08:00", "17:00"],
  "3": ["08:00", "17:00"],
  "4": ["08:00", "17:00"],
  "5": ["08:00", "17:00"],
};

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "calendario");
  testApp = await buildTestApp(testDb);
  admin = await login(testApp.app, tenant.users.admin!.email);
  advisor = await login(testApp.app, tenant.users.advisor!.email);
  technician = await login(testApp.app, tenant.users.technician!.email);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

async function tenantEvents() {
  const response = await admin.request({ url: `/api/timeline/tenant/${tenant.tenantId}` });
  return response.json().events as Array<{ action: string; before: unknown; after: unknown }>;
}

describe("GET /api/tenant", () => {
  it("shows any user their tenant's calendar and the coming year's public holidays", async () => {
    const response = await technician.request({ url: "/api/tenant" });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ id: tenant.tenantId, name: "Operador calendario", country: "CO", timezone: "America/Bogota" });
    expect(body.workingHours["1"]).toEqual(["08:00", "18:00"]);
    const holidays = body.upcomingHolidays as Array<{ date: string; name: string }>;
    expect(holidays.length).toBeGreaterThan(10);
    expect(holidays.map((h) => h.date)).toEqual([...holidays.map((h) => h.date)].sort());
    const today = DateTime.now().setZone("America/Bogota").toISODate()!;
    expect(holidays.every((h) => h.date >= today)).toBe(true);
    expect(holidays.map((h) => h.name)).toContain("Navidad");
  });
});

describe("PUT /api/tenant", () => {
  it("an admin changes country, time zone and working hours; it is on the timeline", async () => {
    const response = await admin.request({
      method: "PUT",
      url: "/api/tenant",
      payload: { country: "EC", timezone: "America/Guayaquil", workingHours: WEEKDAYS },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ country: "EC", timezone: "America/Guayaquil", workingHours: WEEKDAYS });
    const [event] = await tenantEvents();
    expect(event).toMatchObject({
      action: "tenant_calendar_updated",
      before: { country: "CO", timezone: "America/Bogota" },
      after: { country: "EC", workingHours: WEEKDAYS },
    });
  });

  it("deadlines started afterwards use the new calendar (Ecuador's Carnaval, 17:00 close)", async () => {
    // Friday 13 Feb 2026, 10:00 in Guayaquil; Monday 16 and Tuesday 17 are Carnaval in Ecuador.
    const created = await advisor.request({
      method: "POST",
      url: "/api/deadlines",
      payload: {
        subjectType: "adjustment",
        subjectId: "AJ-1",
        kind: "closing_action",
        rule: { amount: 1, unit: "business_days" },
        startedAt: "2026-02-13T15:00:00.000Z",
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().dueAt).toBe("2026-02-18T22:00:00.000Z");
  });

  it("refuses invalid settings with a specific Spanish error and changes nothing", async () => {
    const cases: Array<[object, string, RegExp]> = [
      [{ country: "PE" }, "country", /País no soportado: PE/],
      [{ timezone: "America/Atlantida" }, "timezone", /Zona horaria desconocida/],
      [{ workingHours: { "1": ["18:00", "08:00"] } }, "workingHours", /apertura debe ser anterior/],
      [{ workingHours: { "1": ["8h", "18:00"] } }, "workingHours", /HH:MM/],
      [{ workingHours: {} }, "workingHours", /al menos un día/],
    ];
    const before = (await admin.request({ url: "/api/tenant" })).json();
    const eventsBefore = (await tenantEvents()).length;
    for (const [change, field, message] of cases) {
      const response = await admin.request({
        method: "PUT",
        url: "/api/tenant",
        payload: { country: "EC", timezone: "America/Guayaquil", workingHours: WEEKDAYS, ...change },
      });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(response.json().field).toBe(field);
      expect(response.json().detail).toMatch(message);
    }
    const unknownDay = await admin.request({
      method: "PUT",
      url: "/api/tenant",
      payload: { country: "EC", timezone: "America/Guayaquil", workingHours: { "8": ["08:00", "17:00"] } },
    });
    expect(unknownDay.statusCode).toBe(400);
    expect((await admin.request({ url: "/api/tenant" })).json()).toEqual(before);
    expect((await tenantEvents()).length).toBe(eventsBefore);
  });

  it("needs tenant:manage", async () => {
    const response = await advisor.request({
      method: "PUT",
      url: "/api/tenant",
      payload: { country: "CO", timezone: "America/Bogota", workingHours: WEEKDAYS },
    });
    expect(response.statusCode).toBe(403);
  });
});
