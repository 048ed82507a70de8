import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// `fideliza indicators show|export`: seed 002's perceived quality (goal 90 %) on two July surveys scored 9 and 8,
// so the month is 85 %, which misses it.

let testDb: TestDatabase;
let tenant: TestTenant;
let folder: string;

const cli = (args: string[]) => runCli(testDb.url, args);
const JULY = ["--tenant", "indicadores-cli", "--last", "2025-07-15", "--periods", "1"];

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "indicadores-cli");
  folder = await fs.mkdtemp(path.join(os.tmpdir(), "indicadores-cli-"));
  await testDb.db.tenant(tenant.tenantId, async (tx) => {
    for (const [id, score, at] of [
      ["E-1", 9, "2025-07-03T15:00:00Z"],
      ["E-2", 8, "2025-07-20T15:00:00Z"],
    ] as const) {
      await tx.query(
        `INSERT INTO surveys (tenant_id, external_id, answered_at, agent_user_id, nps_score, advisor_score, source, received_at)
         VALUES ($1, $2, $3, $4, 10, $5, 'import', $3)`,
        [tenant.tenantId, id, at, tenant.users.advisor!.id, score],
      );
    }
  });
}, 60_000);
afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
  await testDb?.drop();
});

describe("fideliza indicators", () => {
  it("shows the month's value with the target and the verdict in Spanish", async () => {
    const shown = await cli(["indicators", "show", "surveys.perceived_quality", ...JULY]);
    expect(shown.code, shown.stderr).toBe(0);
    const lines = shown.stdout.trim().split("\n");
    expect(lines[0]).toBe("surveys.perceived_quality · procedimiento 002 · Meta: 90 % o más");
    expect(lines.slice(1), shown.stdout).toEqual(["total", "  2025-07-01  85 %  (1,7/2) · no cumple"]);
  });

  it("exports the indicator as an .xlsx with the value and the verdict", async () => {
    const out = path.join(folder, "calidad.xlsx");
    const exported = await cli(["indicators", "export", "surveys.perceived_quality", ...JULY, "--out", out]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain("1 series, 1 periodos");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet("valores")!.getRow(2).values).toEqual([
      undefined,
      "2025-07-01",
      "total",
      1.7,
      2,
      85,
      "no cumple",
    ]);
  });

  it("exports a period's records headed by the definition's column labels, in English when asked", async () => {
    const out = path.join(folder, "quality.xlsx");
    const exported = await cli([
      "indicators",
      "export",
      "surveys.perceived_quality",
      ...JULY,
      "--period",
      "2025-07-01",
      "--language",
      "en",
      "--out",
      out,
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain("2 registros");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const header = (workbook.getWorksheet("records 2025-07-01")!.getRow(1).values as unknown[]).filter(Boolean);
    expect(header).toEqual([
      "Answered",
      "Advisor",
      "Team",
      "Campaign",
      "Survey",
      "Score",
      "weight in the numerator",
      "weight in the denominator",
    ]);
    expect(workbook.getWorksheet("values")!.getRow(2).getCell(6).value).toBe("missed");
  });

  it("refuses an unknown indicator with a Spanish reason and a failing exit code, writing nothing", async () => {
    const out = path.join(folder, "nada.xlsx");
    for (const extra of [["show"], ["export", "--out", out]]) {
      const [command] = extra;
      const refused = await cli(["indicators", command!, "surveys.no_existe", ...JULY, ...extra.slice(1)]);
      expect(refused.code, command).not.toBe(0);
      expect(refused.stderr).toContain("No existe el indicador «surveys.no_existe»");
    }
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
