import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SURVEY_INDICATORS } from "../../src/modules/surveys/index.js";
import { xlsxBuffer } from "../fixtures/imports/spreadsheets.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { multipart } from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { definitionOf, expectRowsAddUp, indicatorValues } from "../support/indicators.js";

// Seed 002 §6: surveys from the survey tool (file and webhook), NPS and perceived quality from them.

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const HEADER = ["id_encuesta", "fecha_respuesta", "asesor", "campana", "nps", "satisfaccion_asesor", "comentario"];
const NPS = definitionOf(SURVEY_INDICATORS, "surveys.nps");
const PERCEIVED = definitionOf(SURVEY_INDICATORS, "surveys.perceived_quality");

let testDb: TestDatabase;
let testApp: TestApp;
let admin: Session;

beforeAll(async () => {
  testDb = await createTestDatabase();
  testApp = await buildTestApp(testDb);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

let tenantCount = 0;
async function freshTenant(): Promise<TestTenant> {
  const tenant = await buildTenant(testDb.db, `enc-${++tenantCount}`, "CO");
  admin = await login(testApp.app, tenant.users.admin!.email);
  return tenant;
}

const surveyFile = (rows: unknown[][]) => xlsxBuffer([HEADER, ...rows]);

// A file of rows, or the very bytes of one already sent: ExcelJS stamps each workbook with the time it was
// written, so two files built from the same rows a second apart are two different files.
const upload = async (rows: unknown[][] | Buffer) =>
  admin.request({
    method: "POST",
    url: "/api/imports?kind=surveys",
    ...multipart("encuestas.xlsx", Buffer.isBuffer(rows) ? rows : await surveyFile(rows), XLSX),
  });

async function importSurveys(rows: unknown[][] | Buffer) {
  const staged = await upload(rows);
  expect(staged.statusCode, staged.body).toBe(201);
  const committed = await admin.request({ method: "POST", url: `/api/imports/${staged.json().id}/commit` });
  expect(committed.statusCode, committed.body).toBe(200);
  return committed.json();
}

const surveyCount = (tenant: TestTenant) =>
  testDb.db.tenant(tenant.tenantId, async (tx) => (await tx.query("SELECT count(*)::int AS n FROM surveys")).rows[0].n);

const JULY = { from: "2025-07-01T05:00:00Z", to: "2025-08-01T05:00:00Z" };

describe("surveys imported from the survey tool", () => {
  it("a file's surveys give NPS = % promoters − % detractors, perceived quality the mean advisor answer; the drill-down adds up", async () => {
    const tenant = await freshTenant();
    const advisor = tenant.users.advisor!.email;
    const supervisor = tenant.users.supervisor!.email;
    // Advisor: 10, 9, 8, 6 → 2 promoters, 1 passive, 1 detractor. Supervisor: 3, 9 → 1 and 1.
    await importSurveys([
      ["E-1", "2025-07-03 09:00", advisor, "Premium", 10, 10, "Excelente"],
      ["E-2", "2025-07-04 10:00", advisor, "Premium", 9, 9, ""],
      ["E-3", "2025-07-05 11:00", advisor, "Premium", 8, "", ""],
      ["E-4", "2025-07-06 12:00", advisor, "Premium", 6, 7, ""],
      ["E-5", "2025-07-07 13:00", supervisor, "Premium", 3, 2, ""],
      ["E-6", "2025-07-31 23:30", supervisor, "Premium", 9, 10, "Fin de mes en Bogotá"],
      ["E-7", "2025-08-01 00:30", supervisor, "Premium", 0, 0, "Agosto en Bogotá"],
    ]);
    expect(await surveyCount(tenant)).toBe(7);

    const nps = await expectRowsAddUp(testDb.db, tenant.tenantId, NPS, JULY);
    // July (Bogotá): 3 promoters, 1 passive, 2 detractors over 6 surveys → NPS (3 − 2) ÷ 6.
    expect(nps).toEqual([{ period: "2025-07-01", key: "total", label: null, numerator: 1, denominator: 6 }]);
    const byAdvisor = await expectRowsAddUp(testDb.db, tenant.tenantId, NPS, { ...JULY, dimension: "advisor" });
    expect(byAdvisor.find((v) => v.key === tenant.users.advisor!.id)).toMatchObject({ numerator: 1, denominator: 4 });
    expect(byAdvisor.find((v) => v.key === tenant.users.supervisor!.id)).toMatchObject({ numerator: 0, denominator: 2 });

    const perceived = await expectRowsAddUp(testDb.db, tenant.tenantId, PERCEIVED, JULY);
    // 10, 9, 7, 2, 10 answered (E-3 did not answer) → (1 + 0.9 + 0.7 + 0.2 + 1) ÷ 5 = 76 %.
    expect(perceived).toHaveLength(1);
    expect(perceived[0]!.numerator).toBeCloseTo(3.8, 9);
    expect(perceived[0]!.denominator).toBe(5);
  });

  it("the same file twice changes nothing; a later file with another answer updates that survey only", async () => {
    const tenant = await freshTenant();
    const advisor = tenant.users.advisor!.email;
    const rows = [
      ["E-1", "2025-07-03 09:00", advisor, "", 10, 10, ""],
      ["E-2", "2025-07-04 10:00", advisor, "", 5, 5, ""],
    ];
    const file = await surveyFile(rows);
    await importSurveys(file);
    const sameFile = await upload(file);
    expect(sameFile.statusCode, sameFile.body).toBe(200);
    expect(sameFile.json().alreadyImported).toBe(true);
    // The same surveys in another file (reordered): staged and committed, and nothing written.
    const again = await importSurveys([rows[1]!, rows[0]!]);
    expect(again.summary ?? again).toMatchObject({ inserted: 0, updated: 0 });
    await importSurveys([rows[0]!, ["E-2", "2025-07-04 10:00", advisor, "", 9, 9, ""]]);
    const [value] = await indicatorValues(testDb.db, tenant.tenantId, NPS, JULY);
    expect(value).toMatchObject({ numerator: 2, denominator: 2 });
    const events = await testDb.db.tenant(
      tenant.tenantId,
      async (tx) =>
        (await tx.query("SELECT action, count(*)::int AS n FROM events WHERE subject_type = 'survey' GROUP BY 1 ORDER BY 1"))
          .rows,
    );
    expect(events).toEqual([
      { action: "survey_received", n: 2 },
      { action: "survey_updated", n: 1 },
    ]);
  });

  it("scores outside 0–10, an unknown advisor and a repeated survey are named by row and column; nothing is committed", async () => {
    const tenant = await freshTenant();
    const advisor = tenant.users.advisor!.email;
    const response = await upload([
      ["E-1", "2025-07-03 09:00", advisor, "", 10, 10, ""],
      ["E-2", "2025-07-03 09:00", advisor, "", 11, 10, ""],
      ["E-3", "2025-07-03 09:00", advisor, "", 9, -1, ""],
      ["E-4", "2025-07-03 09:00", "nadie@otro.test", "", 9, 9, ""],
      ["E-5", "2025-07-03 09:00", advisor, "", 7.5, 9, ""],
      ["E-1", "2025-07-03 09:00", advisor, "", 10, 10, ""],
    ]);
    expect(response.statusCode, response.body).toBe(422);
    const list = (await admin.request({ url: "/api/imports" })).json();
    const id = list.items[0].id;
    const view = (await admin.request({ url: `/api/imports/${id}` })).json();
    const errors = view.errors.map((e: { row: number; column: string; message: string }) => [e.row, e.column, e.message]);
    expect(errors).toEqual(
      expect.arrayContaining([
        [3, "nps", "La calificación «11» está fuera de la escala de 0 a 10"],
        [4, "satisfaccion_asesor", "La calificación «-1» está fuera de la escala de 0 a 10"],
        [5, "asesor", "El asesor «nadie@otro.test» no es un usuario del operador"],
        [6, "nps", "La calificación «7.5» debe ser un número entero de 0 a 10"],
        [7, "id_encuesta", "La encuesta «E-1» ya aparece en la fila 2"],
      ]),
    );
    expect(await surveyCount(tenant)).toBe(0);
  });

  it("a month without surveys has no value at all (the engine shows «sin datos», never 0 %)", async () => {
    const tenant = await freshTenant();
    expect(await indicatorValues(testDb.db, tenant.tenantId, NPS, JULY)).toEqual([]);
    expect(await indicatorValues(testDb.db, tenant.tenantId, PERCEIVED, JULY)).toEqual([]);
  });
});

describe("surveys received by webhook", () => {
  it("the survey tool posts with an API token; a retry is the same survey, not a second one", async () => {
    const tenant = await freshTenant();
    const created = await admin.request({ method: "POST", url: "/api/tokens", payload: { name: "herramienta de encuestas" } });
    expect(created.statusCode, created.body).toBe(201);
    const authorization = `Bearer ${created.json().token}`;
    const survey = {
      externalId: "W-1",
      answeredAt: "2025-07-10T15:00:00Z",
      agentEmail: tenant.users.advisor!.email,
      npsScore: 9,
      advisorScore: 10,
    };
    const post = (surveys: object[]) =>
      testApp.app.inject({ method: "POST", url: "/api/surveys/webhook", headers: { authorization }, payload: { surveys } });
    const first = await post([survey]);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await post([survey])).json()).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect((await post([{ ...survey, npsScore: 4 }])).json()).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [value] = await indicatorValues(testDb.db, tenant.tenantId, NPS, JULY);
    expect(value).toMatchObject({ numerator: -1, denominator: 1 });
  });

  it("a score outside 0–10 or an unknown advisor refuses the whole post, naming the field; nothing is written", async () => {
    const tenant = await freshTenant();
    const survey = {
      externalId: "W-1",
      answeredAt: "2025-07-10T15:00:00Z",
      agentEmail: tenant.users.advisor!.email,
      npsScore: 9,
    };
    const tooHigh = await admin.request({
      method: "POST",
      url: "/api/surveys/webhook",
      payload: { surveys: [survey, { ...survey, externalId: "W-2", npsScore: 12 }] },
    });
    expect(tooHigh.statusCode, tooHigh.body).toBe(400);
    expect(tooHigh.body).toMatch(/npsScore/);
    expect(tooHigh.body).toMatch(/menor o igual a 10/);
    const stranger = await admin.request({
      method: "POST",
      url: "/api/surveys/webhook",
      payload: { surveys: [survey, { ...survey, externalId: "W-2", agentEmail: "nadie@otro.test" }] },
    });
    expect(stranger.statusCode, stranger.body).toBe(400);
    expect(stranger.json().detail).toBe("El asesor «nadie@otro.test» no es un usuario del operador");
    expect(await surveyCount(tenant)).toBe(0);
  });

  it("a role without surveys:receive cannot post surveys", async () => {
    const tenant = await freshTenant();
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    const response = await advisor.request({ method: "POST", url: "/api/surveys/webhook", payload: { surveys: [] } });
    expect(response.statusCode).toBe(403);
  });
});
