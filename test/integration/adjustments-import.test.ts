import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_HEADER, type BaseRow, baseWorkbook, importBase, uploadBase } from "../support/adjustments.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { type ServiceCustomer, seedServiceCustomers } from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// The adjustment base's bad input: every problem named by row and column, nothing committed.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let cell: Session;
let customers: ServiceCustomer[];
let strangerAccount: string;

const CUT = "2025-07-31";
const row = (overrides: Partial<BaseRow> = {}): BaseRow => ({
  cut: CUT,
  filing: "PQR-1",
  account: customers[0]!.code,
  cause: "A",
  agent: tenant.users.advisor!.email,
  amount: 25000,
  evidence: "certificado_falla;factura",
  ...overrides,
});

const adjustmentRowCount = () =>
  testDb.db.tenant(tenant.tenantId, async (tx) => (await tx.query("SELECT count(*)::int AS n FROM adjustment_rows")).rows[0].n);

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "ajustes-imp", "CO");
  const other = await buildTenant(testDb.db, "otro-imp", "CO");
  testApp = await buildTestApp(testDb);
  const admin = await login(testApp.app, tenant.users.admin!.email);
  cell = await login(testApp.app, tenant.users.adjustments_back!.email);
  customers = await seedServiceCustomers(admin, "im", 3);
  const otherAdmin = await login(testApp.app, other.users.admin!.email);
  strangerAccount = (await seedServiceCustomers(otherAdmin, "zz", 1))[0]!.code;
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

describe("the adjustment base's bad input", () => {
  it("a base without a required column is refused naming the column; nothing is written", async () => {
    const header = BASE_HEADER.filter((column) => column !== "causal");
    const response = await uploadBase(cell, `ajustes_${CUT}.xlsx`, await baseWorkbook([row()], header));
    expect(response.statusCode, response.body).toBe(422);
    expect(response.body).toMatch(/causal/);
    expect(await adjustmentRowCount()).toBe(0);
  });

  it("an unknown cause letter, an amount that is not a number and an account of another tenant are named by row and column", async () => {
    const response = await uploadBase(
      cell,
      `ajustes_${CUT}.xlsx`,
      await baseWorkbook([
        row({ filing: "PQR-1" }),
        row({ filing: "PQR-2", cause: "Z" }),
        row({ filing: "PQR-3", amount: "veinte mil" }),
        row({ filing: "PQR-4", account: strangerAccount }),
        row({ filing: "PQR-5", cause: "AB" }),
        row({ filing: "PQR-6", agent: "nadie@ajustes-imp.test" }),
        row({ filing: "PQR-1" }),
      ]),
    );
    expect(response.statusCode, response.body).toBe(422);
    const { id } = await latestImport();
    const view = (await cell.request({ url: `/api/imports/${id}` })).json();
    expect(view.status).toBe("rejected");
    const errors = view.errors.map((e: { row: number; column: string; message: string }) => [e.row, e.column, e.message]);
    expect(errors).toEqual(
      expect.arrayContaining([
        [3, "causal", "La causal «Z» no existe en el catálogo de causales de ajuste"],
        [4, "valor_solicitado", expect.stringMatching(/«veinte mil» no es un número/)],
        [5, "cuenta", `La cuenta «${strangerAccount}» no existe`],
        [6, "causal", expect.stringMatching(/«AB» no es una letra de causal/)],
        [7, "asesor", "El asesor «nadie@ajustes-imp.test» no es un usuario del operador"],
        [8, "numero_pqr", expect.stringMatching(/ya aparece en la fila 2/)],
      ]),
    );
    expect(errors).toHaveLength(6);
    const commit = await cell.request({ method: "POST", url: `/api/imports/${id}/commit` });
    expect(commit.statusCode).toBe(409);
    expect(await adjustmentRowCount()).toBe(0);
  });

  it("a clean base commits; the same rows in another file change nothing; a changed row is updated", async () => {
    const rows = [
      row({ filing: "PQR-1" }),
      row({ filing: "PQR-2", account: customers[1]!.code, cause: "G", evidence: "certificado_estrato" }),
    ];
    expect(await importBase(cell, `ajustes_${CUT}.xlsx`, rows)).toMatchObject({ inserted: 2, updated: 0 });
    // The same rows in another order: another file (the very same bytes would be "ya importado").
    expect(await importBase(cell, `ajustes_${CUT}_copia.xlsx`, [rows[1]!, rows[0]!])).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(
      await importBase(cell, `ajustes_${CUT}_v2.xlsx`, [
        rows[0]!,
        { ...rows[1]!, amount: 30000 },
        row({ filing: "PQR-3", account: customers[2]!.code }),
      ]),
    ).toMatchObject({ inserted: 1, updated: 1 });
    expect(await adjustmentRowCount()).toBe(3);
  });

  it("the generic import refuses a role without imports:run", async () => {
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    const response = await uploadBase(advisor, `ajustes_${CUT}.xlsx`, await baseWorkbook([row()]));
    expect(response.statusCode).toBe(403);
  });
});

async function latestImport(): Promise<{ id: string }> {
  const list = (await cell.request({ url: "/api/imports" })).json();
  return list.items[0];
}
