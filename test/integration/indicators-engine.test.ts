import ExcelJS from "exceljs";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readIndicator, readIndicatorRows } from "../../src/modules/indicators/index.js";
import { indicatorDefinitions } from "../../src/platform/manifest.js";
import { seedDemo } from "../../src/seed/seed-demo.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";

// The demo is seeded relative to the real clock (as `seed demo` does); the engine's default period is today.
const NOW = new Date();
let testDb: TestDatabase;
let testApp: TestApp;
let demo: Awaited<ReturnType<typeof seedDemo>>;
let manager: Session;

beforeAll(async () => {
  testDb = await createTestDatabase();
  demo = await seedDemo(testDb.db, { now: NOW, customers: 120 });
  testApp = await buildTestApp(testDb);
  const email = demo.users.find((u) => u.role === "commercial_management")!.email;
  manager = await login(testApp.app, email, demo.password);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

const today = () => DateTime.fromJSDate(NOW, { zone: "America/Bogota" }).toISODate()!;

describe("every installed indicator drills down to its value", () => {
  for (const definition of indicatorDefinitions()) {
    it(`${definition.code}: the drill-down weights add up to every value's numerator and denominator`, async () => {
      let checked = 0;
      const declared = new Set([...definition.rowColumns.map((c) => c.key), "numerator_weight", "denominator_weight"]);
      await testDb.db.tenant(demo.tenantId, async (tx) => {
        for (const dimension of ["total", ...definition.dimensions]) {
          const report = await readIndicator(tx, {
            code: definition.code,
            last: today(),
            grain: "month",
            periods: 12,
            dimension,
          });
          for (const series of report.series) {
            for (const cell of series.cells.filter((c) => c.numerator !== 0 || c.denominator !== null)) {
              const page = await readIndicatorRows(tx, {
                code: definition.code,
                period: cell.period,
                grain: "month",
                dimension,
                key: series.key,
                limit: 5,
                offset: 0,
              });
              expect(page.totals.numerator, `${dimension}=${series.key} ${cell.period}`).toBe(cell.numerator);
              expect(page.totals.denominator, `${dimension}=${series.key} ${cell.period}`).toBe(cell.denominator ?? 0);
              expect(page.rows.length).toBe(Math.min(5, page.totals.rows));
              // Every column the rows SQL gives is declared, and so named in Spanish and English (its definition).
              for (const row of page.rows) expect(Object.keys(row).filter((key) => !declared.has(key))).toEqual([]);
              checked++;
            }
          }
        }
      });
      // Definitions whose module the demo seeds must have data to check; the rest are held to the sums above when they do.
      if (SEEDED.has(definition.code)) expect(checked).toBeGreaterThan(0);
    });
  }
});

/** The indicators the demo's seeds produce rows for (src/seed/seed-*.ts), so their test cannot pass empty. */
const SEEDED = new Set([
  "servicerequests.annulment_avoidance",
  "adjustments.rejected",
  "adjustments.corrected",
  "adjustments.applied",
  "retention.cancellations",
]);

describe("the engine over HTTP", () => {
  it("lists every installed definition without its SQL", async () => {
    const response = await manager.request({ url: "/api/indicators" });
    expect(response.statusCode).toBe(200);
    const body = response.json() as Array<{ code: string; valuesSql?: string }>;
    expect(body.map((d) => d.code).sort()).toEqual(
      indicatorDefinitions()
        .map((d) => d.code)
        .sort(),
    );
    expect(body.every((d) => d.valuesSql === undefined)).toBe(true);
  });

  it("serves 12 monthly periods with the target, and a month without data as null, never 0", async () => {
    const response = await manager.request({ url: "/api/indicators/servicerequests.annulment_avoidance" });
    expect(response.statusCode).toBe(200);
    const report = response.json() as {
      periods: string[];
      target: { kind: string; value: number };
      series: Array<{ cells: Array<{ value: number | null; denominator: number | null; verdict: string | null }> }>;
    };
    expect(report.periods).toHaveLength(12);
    expect(report.target).toMatchObject({ kind: "above", value: 95 });
    const cells = report.series.flatMap((s) => s.cells);
    expect(cells.some((c) => c.value !== null)).toBe(true);
    for (const cell of cells) if (cell.denominator === null) expect(cell.value).toBeNull();
  });

  it("refuses a dimension the indicator does not have, naming it", async () => {
    const response = await manager.request({ url: "/api/indicators/adjustments.rejected?by=zone" });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("zone");
  });

  it("answers an unknown indicator with 404", async () => {
    const response = await manager.request({ url: "/api/indicators/nothing.here" });
    expect(response.statusCode).toBe(404);
  });

  it("pages the drill-down and exports it as .xlsx", async () => {
    const period = DateTime.fromJSDate(NOW, { zone: "America/Bogota" }).startOf("month").toISODate()!;
    const url = `/api/indicators/adjustments.applied/rows?period=${period}&limit=2`;
    const first = (await manager.request({ url })).json() as { rows: unknown[]; totals: { rows: number } };
    expect(first.rows.length).toBe(Math.min(2, first.totals.rows));
    const file = await manager.request({ url: `/api/indicators/adjustments.applied/export?period=${period}` });
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("valores")!.rowCount).toBe(13);
    expect(workbook.getWorksheet(`detalle ${period}`)!.rowCount).toBe(first.totals.rows + 1);
    // A person reads the sheet: the weights and the target in words, never JSON or the weights' column names.
    const header = (workbook.getWorksheet(`detalle ${period}`)!.getRow(1).values as unknown[]).filter(Boolean);
    expect(header.slice(-2)).toEqual(["peso en el numerador", "peso en el denominador"]);
    const about = Object.fromEntries(
      workbook
        .getWorksheet("indicador")!
        .getSheetValues()
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1)),
    );
    // Seed 004 gives the applied % a formula without a goal.
    expect(about.meta).toBe("El procedimiento no fija meta");
    expect(about.unidad).toBe("porcentaje");
    expect(about.periodos).toMatch(/\(por mes\)$/);
    // The drill-down's headers are the definition's column labels, never the rows SQL's keys.
    expect(header.slice(0, 2)).toEqual(["Fecha de corte", "Radicado"]);
  });

  it("exports in English for a reader who asks for it, headers and words alike", async () => {
    const period = DateTime.fromJSDate(NOW, { zone: "America/Bogota" }).startOf("month").toISODate()!;
    const file = await manager.request({ url: `/api/indicators/adjustments.applied/export?period=${period}&language=en` });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-language"]).toBe("en");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const header = (workbook.getWorksheet(`records ${period}`)!.getRow(1).values as unknown[]).filter(Boolean);
    expect(header).toEqual([
      "Billing cut",
      "Filing number",
      "Advisor",
      "Cause",
      "Status",
      "weight in the numerator",
      "weight in the denominator",
    ]);
    expect(workbook.getWorksheet("values")!.getRow(1).getCell(1).value).toBe("period");
    const viaHeader = await manager.request({
      url: "/api/indicators/adjustments.applied/export",
      headers: { "accept-language": "en-US,en;q=0.9,es;q=0.5" },
    });
    expect(viaHeader.headers["content-language"]).toBe("en");
  });

  it("lists each drill-down column with its label in both languages", async () => {
    const body = (await manager.request({ url: "/api/indicators" })).json() as {
      code: string;
      rowColumns: { key: string; label: { es: string; en: string } }[];
    }[];
    const nps = body.find((d) => d.code === "surveys.nps")!;
    expect(nps.rowColumns.find((c) => c.key === "answered_at")!.label).toEqual({ es: "Respondida", en: "Answered" });
  });

  it("shows an advisor only the indicators their module's screen names them readers of, and refuses the rest", async () => {
    const advisor = await login(testApp.app, demo.users.find((u) => u.role === "advisor")!.email, demo.password);
    // An advisor holds servicerequests:read, not reports:read: the annulment indicator of seed 001 only.
    const list = await advisor.request({ url: "/api/indicators" });
    expect(list.statusCode).toBe(200);
    expect(list.json().map((d: { code: string }) => d.code)).toEqual(["servicerequests.annulment_avoidance"]);
    expect((await advisor.request({ url: "/api/indicators/servicerequests.annulment_avoidance" })).statusCode).toBe(200);
    const refused = await advisor.request({ url: "/api/indicators/surveys.nps/rows?period=2026-01-01" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain("reports:read");
    expect((await advisor.request({ url: "/api/indicators/surveys.nps/export" })).statusCode).toBe(403);
  });
});
