import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import {
  CAMPAIGN,
  cancellationRequestsCsv,
  caseApi,
  multipart,
  seedServiceCustomers,
  uploadCancellationRequests,
} from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// An admin exports the campaign's catalogs as .xlsx, edits them in a spreadsheet and imports them back.

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let admin: Session;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "catalogo-xlsx", "EC");
  testApp = await buildTestApp(testDb);
  admin = await login(testApp.app, tenant.users.admin!.email);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

async function exported(): Promise<ExcelJS.Workbook> {
  const response = await admin.request({ url: `/api/campaigns/${CAMPAIGN}/catalog.xlsx` });
  expect(response.statusCode).toBe(200);
  expect(response.headers["content-type"]).toContain("spreadsheetml");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

async function upload(workbook: ExcelJS.Workbook, session = admin) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return session.request({
    method: "POST",
    url: `/api/campaigns/${CAMPAIGN}/catalog.xlsx?note=Desde%20Excel`,
    ...multipart("catalogo.xlsx", buffer, XLSX),
  });
}

const cellOf = (sheet: ExcelJS.Worksheet, code: string, column: number) => {
  for (let r = 2; r <= sheet.rowCount; r++) {
    if (sheet.getRow(r).getCell(2).value === code) return sheet.getRow(r).getCell(column);
  }
  throw new Error(`no está ${code}`);
};

describe("the campaign catalog as .xlsx", () => {
  it("imports the exported file unchanged without publishing anything", async () => {
    const response = await upload(await exported());
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      dispositions: { version: 1, published: false },
      benefits: { scope: CAMPAIGN, version: 1, published: false },
    });
  });

  it("publishes what changed as a new version, which the JSON editor and the advisor's form then show", async () => {
    const workbook = await exported();
    cellOf(workbook.getWorksheet("motivos")!, "BAJA_PLAN", 3).value = "BAJA DE PLAN (ajuste)";
    const response = await upload(workbook);
    expect(response.json()).toEqual({
      dispositions: { version: 2, published: true },
      benefits: { scope: CAMPAIGN, version: 1, published: false },
    });
    const catalog = (await admin.request({ url: `/api/catalogs/dispositions/${CAMPAIGN}` })).json();
    expect(catalog).toMatchObject({ version: 2, note: "Desde Excel" });
    const campaign = (await admin.request({ url: `/api/campaigns/${CAMPAIGN}` })).json();
    const retenido = campaign.states.find((s: { code: string }) => s.code === "RETENIDO");
    expect(retenido.motives.find((m: { code: string }) => m.code === "BAJA_PLAN").label).toBe("BAJA DE PLAN (ajuste)");
  });

  it("refuses a file exported before the last publication (a conflict, not an overwrite)", async () => {
    const old = await exported();
    const newer = await exported();
    cellOf(newer.getWorksheet("motivos")!, "MIGRACION", 3).value = "MIGRACIÓN";
    expect((await upload(newer)).statusCode).toBe(200);
    cellOf(old.getWorksheet("motivos")!, "AUMENTO_PLAN", 3).value = "AUMENTO";
    const stale = await upload(old);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe("CONFLICT");
  });

  it("names the sheet, row and column of each problem, and of each broken rule; nothing is published", async () => {
    const broken = await exported();
    cellOf(broken.getWorksheet("motivos")!, "VISITA_TECNICA", 8).value = "{empresa}//{usuario}//visita {numero_de_visita}";
    const ruleBroken = await upload(broken);
    expect(ruleBroken.statusCode).toBe(400);
    expect(ruleBroken.json().detail).toContain("{numero_de_visita}");

    const malformed = await exported();
    malformed.getWorksheet("beneficios")!.getRow(2).getCell(4).value = "mitad";
    const response = await upload(malformed);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: "beneficios.porcentaje",
        row: 2,
        message: "hoja «beneficios», fila 2, columna porcentaje: «mitad» no es un número",
      },
    ]);
    expect((await admin.request({ url: `/api/catalogs/dispositions/${CAMPAIGN}` })).json().version).toBe(3);
  });

  it("refuses to remove a motive cases use; retiring it is fine", async () => {
    const supervisor = await login(testApp.app, tenant.users.supervisor!.email);
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    const [customer] = await seedServiceCustomers(admin, "wb", 1);
    const staged = await uploadCancellationRequests(
      supervisor,
      "q.csv",
      cancellationRequestsCsv([{ number: "W-1", service: customer!.serviceNumber, customer: customer!.code }]),
    );
    await supervisor.request({ method: "POST", url: `/api/complaints/imports/${staged.json().id}/commit` });
    const caseId = (await supervisor.request({ url: "/api/complaint-cases" })).json().cases[0].id;
    expect((await caseApi(advisor).dispose(caseId, "RETENIDO", "VISITA_TECNICA", { numero_visita: "VT-1" })).statusCode).toBe(
      200,
    );

    const workbook = await exported();
    const motives = workbook.getWorksheet("motivos")!;
    const row = cellOf(motives, "VISITA_TECNICA", 2).row;
    motives.spliceRows(Number(row), 1);
    const fields = workbook.getWorksheet("campos")!;
    for (let r = fields.rowCount; r >= 2; r--)
      if (fields.getRow(r).getCell(2).value === "VISITA_TECNICA") fields.spliceRows(r, 1);
    const removed = await upload(workbook);
    expect(removed.statusCode).toBe(400);
    expect(removed.json().detail).toContain("No se puede eliminar el motivo RETENIDO / VISITA_TECNICA: 1 caso lo usa");

    const retiring = await exported();
    cellOf(retiring.getWorksheet("motivos")!, "VISITA_TECNICA", 10).value = "sí";
    expect((await upload(retiring)).json().dispositions).toEqual({ version: 4, published: true });
  });

  it("only a catalog manager may import or export", async () => {
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    expect((await advisor.request({ url: `/api/campaigns/${CAMPAIGN}/catalog.xlsx` })).statusCode).toBe(403);
    expect((await upload(await exported(), advisor)).statusCode).toBe(403);
  });

  it("refuses a file that is not a workbook", async () => {
    const response = await admin.request({
      method: "POST",
      url: `/api/campaigns/${CAMPAIGN}/catalog.xlsx`,
      ...multipart("catalogo.xlsx", Buffer.from("no soy un libro"), XLSX),
    });
    expect(response.statusCode).toBe(415);
  });
});
