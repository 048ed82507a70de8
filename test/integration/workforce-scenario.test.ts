import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WORKFORCE_INDICATORS } from "../../src/modules/workforce/index.js";
import { xlsxBuffer } from "../fixtures/imports/spreadsheets.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { multipart } from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { definitionOf, expectRowsAddUp, indicatorValues } from "../support/indicators.js";

// Seed 002 §6: rosters and attendance, hires and leavers from the workforce tool; absenteeism and turnover;
// the supervisor's Erlang C what-if.

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ROSTER = ["asesor", "fecha", "hora_inicio", "hora_fin", "asistencia", "motivo_ausencia"];
const MOVEMENTS = ["asesor", "fecha_ingreso", "fecha_retiro", "motivo_retiro"];
const ABSENTEEISM = definitionOf(WORKFORCE_INDICATORS, "workforce.absenteeism");
const TURNOVER = definitionOf(WORKFORCE_INDICATORS, "workforce.turnover");
const JULY = { from: "2025-07-01T05:00:00Z", to: "2025-08-01T05:00:00Z" };

let testDb: TestDatabase;
let testApp: TestApp;

beforeAll(async () => {
  testDb = await createTestDatabase();
  testApp = await buildTestApp(testDb);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

let count = 0;
async function freshTenant(): Promise<{ tenant: TestTenant; admin: Session }> {
  const tenant = await buildTenant(testDb.db, `wfm-${++count}`, "CO");
  return { tenant, admin: await login(testApp.app, tenant.users.admin!.email) };
}

const upload = async (admin: Session, kind: string, header: string[], rows: unknown[][]) =>
  admin.request({
    method: "POST",
    url: `/api/imports?kind=${kind}`,
    ...multipart(`${kind}.xlsx`, await xlsxBuffer([header, ...rows]), XLSX),
  });

async function importFile(admin: Session, kind: string, header: string[], rows: unknown[][]) {
  const staged = await upload(admin, kind, header, rows);
  expect(staged.statusCode, staged.body).toBe(201);
  const committed = await admin.request({ method: "POST", url: `/api/imports/${staged.json().id}/commit` });
  expect(committed.statusCode, committed.body).toBe(200);
  return committed.json().summary;
}

async function latestErrors(admin: Session) {
  const list = (await admin.request({ url: "/api/imports" })).json();
  const id = list.items[0].id;
  const view = (await admin.request({ url: `/api/imports/${id}` })).json();
  return view.errors.map((e: { row: number; column: string; message: string }) => [e.row, e.column, e.message]);
}

const count_ = (tenant: TestTenant, table: string) =>
  testDb.db.tenant(tenant.tenantId, async (tx) => (await tx.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);

describe("rosters and attendance", () => {
  it("absenteeism is absent shifts ÷ scheduled shifts, by month and by advisor; a re-sent roster changes only what differs", async () => {
    const { tenant, admin } = await freshTenant();
    const a = tenant.users.advisor!.email;
    const b = tenant.users.supervisor!.email;
    await importFile(admin, "rosters", ROSTER, [
      [a, "2025-07-14", "07:00", "15:00", "presente", ""],
      [a, "2025-07-15", "7:00", "15:00", "ausente", "Incapacidad"],
      [a, "2025-07-16", "07:00", "15:00", "presente", ""],
      [b, "2025-07-14", "14:00", "22:00", "presente", ""],
      [b, "2025-07-15", "14:00", "22:00", "programado", ""],
      [b, "2025-08-01", "14:00", "22:00", "ausente", ""],
    ]);
    const [total] = await expectRowsAddUp(testDb.db, tenant.tenantId, ABSENTEEISM, JULY);
    expect(total).toMatchObject({ period: "2025-07-01", numerator: 1, denominator: 5 });
    const byAdvisor = await expectRowsAddUp(testDb.db, tenant.tenantId, ABSENTEEISM, { ...JULY, dimension: "advisor" });
    expect(byAdvisor.find((v) => v.key === tenant.users.advisor!.id)).toMatchObject({ numerator: 1, denominator: 3 });

    // The tool sends the day again with attendance taken: one shift changes, the rest is untouched.
    const summary = await importFile(admin, "rosters", ROSTER, [
      [b, "2025-07-15", "14:00", "22:00", "ausente", "Calamidad"],
      [a, "2025-07-14", "07:00", "15:00", "presente", ""],
    ]);
    expect(summary).toMatchObject({ inserted: 0, updated: 1 });
    expect((await indicatorValues(testDb.db, tenant.tenantId, ABSENTEEISM, JULY))[0]).toMatchObject({
      numerator: 2,
      denominator: 5,
    });
  });

  it("an unknown agent, a bad time, an unknown attendance word and an absence reason on a present shift are named by row; nothing is committed", async () => {
    const { tenant, admin } = await freshTenant();
    const a = tenant.users.advisor!.email;
    const response = await upload(admin, "rosters", ROSTER, [
      [a, "2025-07-14", "07:00", "15:00", "presente", ""],
      ["fantasma@otro.test", "2025-07-14", "07:00", "15:00", "presente", ""],
      [a, "2025-07-15", "25:00", "15:00", "presente", ""],
      [a, "2025-07-16", "07:00", "15:00", "vacaciones", ""],
      [a, "2025-07-17", "07:00", "15:00", "presente", "Incapacidad"],
    ]);
    expect(response.statusCode, response.body).toBe(422);
    expect(await latestErrors(admin)).toEqual(
      expect.arrayContaining([
        [3, "asesor", "El asesor «fantasma@otro.test» no es un usuario del operador"],
        [4, "hora_inicio", "«25:00» no es una hora; use HH:MM, p. ej. 07:00"],
        [5, "asistencia", "«vacaciones» no es un valor válido; use programado, presente o ausente"],
        [6, "motivo_ausencia", "El motivo de ausencia solo va en un turno con asistencia «ausente»"],
      ]),
    );
    expect(await count_(tenant, "roster_shifts")).toBe(0);
  });

  it("a month without a roster has no absenteeism value (shown «sin datos», never 0 %)", async () => {
    const { tenant } = await freshTenant();
    expect(await indicatorValues(testDb.db, tenant.tenantId, ABSENTEEISM, JULY)).toEqual([]);
  });
});

describe("hires and leavers", () => {
  it("turnover is leavers of the month ÷ agents active in it; a later file records a leaving", async () => {
    const { tenant, admin } = await freshTenant();
    const u = tenant.users;
    await importFile(admin, "staff_movements", MOVEMENTS, [
      [u.advisor!.email, "2024-01-10", "", ""],
      [u.supervisor!.email, "2024-03-01", "", ""],
      [u.back_office!.email, "2025-07-20", "", ""],
      [u.billing!.email, "2024-01-01", "2025-06-30", "Renuncia"],
    ]);
    expect((await expectRowsAddUp(testDb.db, tenant.tenantId, TURNOVER, JULY))[0]).toMatchObject({
      numerator: 0,
      denominator: 3,
    });
    const summary = await importFile(admin, "staff_movements", MOVEMENTS, [
      [u.supervisor!.email, "2024-03-01", "2025-07-15", "Renuncia"],
    ]);
    expect(summary).toMatchObject({ inserted: 0, updated: 1 });
    const [july] = await expectRowsAddUp(testDb.db, tenant.tenantId, TURNOVER, JULY);
    expect(july).toMatchObject({ period: "2025-07-01", numerator: 1, denominator: 3 });
    // August: the supervisor is gone; two active, none left.
    const [august] = await indicatorValues(testDb.db, tenant.tenantId, TURNOVER, {
      from: "2025-08-01T05:00:00Z",
      to: "2025-09-01T05:00:00Z",
    });
    expect(august).toMatchObject({ period: "2025-08-01", numerator: 0, denominator: 2 });
  });

  it("a leaving before the hire and an unknown agent are named by row; nothing is committed", async () => {
    const { tenant, admin } = await freshTenant();
    const response = await upload(admin, "staff_movements", MOVEMENTS, [
      [tenant.users.advisor!.email, "2025-02-01", "2025-01-31", "Renuncia"],
      ["fantasma@otro.test", "2025-02-01", "", ""],
    ]);
    expect(response.statusCode, response.body).toBe(422);
    expect(await latestErrors(admin)).toEqual(
      expect.arrayContaining([
        [2, "fecha_retiro", "La fecha de retiro 2025-01-31 es anterior a la de ingreso 2025-02-01"],
        [3, "asesor", "El asesor «fantasma@otro.test» no es un usuario del operador"],
      ]),
    );
    expect(await count_(tenant, "agent_employment")).toBe(0);
  });
});

describe("the staffing what-if", () => {
  it("a supervisor sizes the published example: 14 agents on the phones, 20 rostered", async () => {
    const { tenant } = await freshTenant();
    const supervisor = await login(testApp.app, tenant.users.supervisor!.email);
    const response = await supervisor.request({
      url: "/api/workforce/staffing?calls=100&intervalMinutes=30&handleTimeSeconds=180&serviceLevelPercent=80&answerWithinSeconds=20&shrinkagePercent=30&maxOccupancyPercent=85",
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ trafficErlangs: 10, agents: 14, rostered: 20 });
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    expect(
      (
        await advisor.request({
          url: "/api/workforce/staffing?calls=1&intervalMinutes=30&handleTimeSeconds=1&serviceLevelPercent=80&answerWithinSeconds=20&shrinkagePercent=0",
        })
      ).statusCode,
    ).toBe(403);
  });

  it("a service level of 100 % is refused naming the field", async () => {
    const { tenant } = await freshTenant();
    const supervisor = await login(testApp.app, tenant.users.supervisor!.email);
    const response = await supervisor.request({
      url: "/api/workforce/staffing?calls=100&intervalMinutes=30&handleTimeSeconds=180&serviceLevelPercent=100&answerWithinSeconds=20&shrinkagePercent=30",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/serviceLevelPercent/);
  });
});
