import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDisposition } from "../../src/modules/cancellations/commands/set-disposition.js";
import { addProduct } from "../../src/modules/customers/commands/add-product.js";
import { createCustomer } from "../../src/modules/customers/commands/create-customer.js";
import { runCli } from "../support/cli.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { actorOf, asActor, CAMPAIGN, cancellationRequestsCsv } from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// The operator's bulk work from the terminal: the queue in, the closings out, the catalog as .xlsx.

let testDb: TestDatabase;
let tenant: TestTenant;
let workDir: string;

const cli = (args: string[]) => runCli(testDb.url, args);

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "consola-quejas", "EC");
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), "fideliza-quejas-cli-"));
  const admin = await actorOf(testDb.db, tenant.users.admin!.email);
  await asActor(testDb.db, admin, async (ctx) => {
    for (let i = 1; i <= 3; i++) {
      const { id } = await createCustomer(
        { code: `CLI-${i}`, documentId: `170000000${i}`, fullName: `Cliente Consola ${i}`, phone: `099000000${i}` },
        ctx,
      );
      await addProduct(
        id,
        { serviceNumber: `SRV-${i}`, kind: "internet", technology: "gpon", plan: "Fibra", status: "active" },
        ctx,
      );
    }
  });
});
afterAll(async () => {
  await testDb?.drop();
  if (workDir) await fs.rm(workDir, { recursive: true, force: true });
});

describe("fideliza complaints import", () => {
  it("prints every error by row and column and exits 1; an unknown campaign exits 1 in Spanish", async () => {
    const bad = path.join(workDir, "malo.csv");
    await fs.writeFile(
      bad,
      cancellationRequestsCsv([
        { number: "K-1", service: "SRV-1", customer: "CLI-2" },
        { number: "K-2", service: "SRV-9", customer: "CLI-2" },
      ]),
    );
    const result = await cli(["complaints", "import", bad, "--tenant", "consola-quejas"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("fila 2, columna codigo_cliente: El servicio «SRV-1» no es del cliente «CLI-2»");
    expect(result.stdout).toContain("fila 3, columna numero_servicio: El número de servicio «SRV-9» no existe");
    const unknown = await cli(["complaints", "import", bad, "--tenant", "consola-quejas", "--campaign", "no-existe"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No existe la campaña «no-existe»");
  });

  it("loads the queue into the campaign; the same rows again change nothing", async () => {
    const file = path.join(workDir, "cola.xlsx");
    const rows = [1, 2, 3].map((i) => ({ number: `K-${i}`, service: `SRV-${i}`, customer: `CLI-${i}` }));
    await fs.writeFile(path.join(workDir, "cola.csv"), cancellationRequestsCsv(rows));
    const first = await cli([
      "complaints",
      "import",
      path.join(workDir, "cola.csv"),
      "--tenant",
      "consola-quejas",
      "--campaign",
      CAMPAIGN,
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("Confirmada: 3 nuevos, 0 actualizados, 0 sin cambios.");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("quejas");
    sheet.addRow(["numero_queja", "numero_servicio", "codigo_cliente", "motivo", "fecha"]);
    for (const r of rows) sheet.addRow([r.number, r.service, r.customer, "Solicita retiro del servicio", "2025-06-10 09:30"]);
    await workbook.xlsx.writeFile(file);
    const again = await cli(["complaints", "import", file, "--tenant", "consola-quejas"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("Confirmada: 0 nuevos, 0 actualizados, 3 sin cambios.");
  });
});

describe("one command for a campaign's complaints", () => {
  it("`fideliza import complaints` is refused, naming `fideliza complaints import`", async () => {
    const file = path.join(workDir, "generica.csv");
    await fs.writeFile(file, cancellationRequestsCsv([{ number: "K-9", service: "SRV-1", customer: "CLI-1" }]));
    const refused = await cli(["import", "quejas", file, "--tenant", "consola-quejas"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Las quejas se importan con `fideliza complaints import`");
  });

  it("`fideliza complaints import --batch` joins the batch of the products import it names", async () => {
    const products = path.join(workDir, "productos.csv");
    await fs.writeFile(
      products,
      "codigo_cliente,numero_servicio,producto,tecnologia,plan,estado\nCLI-1,SRV-LOTE,internet,gpon,Fibra,activo\n",
    );
    expect((await cli(["import", "productos", products, "--tenant", "consola-quejas"])).code).toBe(0);
    const productsImport = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query<{ id: string; batch_id: string }>("SELECT id, batch_id FROM imports WHERE kind = 'products'"),
    );
    const file = path.join(workDir, "lote.csv");
    await fs.writeFile(file, cancellationRequestsCsv([{ number: "K-LOTE", service: "SRV-LOTE", customer: "CLI-1" }]));
    const joined = await cli(["complaints", "import", file, "--tenant", "consola-quejas", "--batch", productsImport.rows[0]!.id]);
    expect(joined.code, joined.stderr).toBe(0);
    const complaintsImport = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query<{ batch_id: string; status: string; options: { campaign: string } }>(
        "SELECT batch_id, status, options FROM imports WHERE kind = 'complaints' ORDER BY created_at DESC LIMIT 1",
      ),
    );
    expect(complaintsImport.rows[0]).toEqual({
      batch_id: productsImport.rows[0]!.batch_id,
      status: "committed",
      options: { campaign: CAMPAIGN },
    });
  });
});

describe("fideliza closings", () => {
  it("exports the closing instructions row by row, and sends the ready ones", async () => {
    const advisor = await actorOf(testDb.db, tenant.users.advisor!.email);
    const cases = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query<{ id: string; complaint_number: string; version: number }>(
        "SELECT id, complaint_number, version FROM complaint_cases ORDER BY 2",
      ),
    );
    const decided: Array<[string, string]> = [
      ["RETENIDO", "AUMENTO_PLAN"],
      ["NO_PROCEDE", "NO_ES_TITULAR"],
    ];
    for (const [index, [stateCode, motiveCode]] of decided.entries()) {
      const row = cases.rows[index]!;
      await asActor(testDb.db, advisor, (ctx) =>
        setDisposition(row.id, { stateCode, motiveCode, expectedVersion: row.version }, ctx),
      );
    }
    const out = path.join(workDir, "cierres.csv");
    const exported = await cli(["closings", "export", out, "--tenant", "consola-quejas", "--campaign", CAMPAIGN]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain("Exportadas 2 instrucciones de cierre");
    const rows: Array<Record<string, string>> = parse(await fs.readFile(out), { columns: true, bom: true });
    expect(rows.map((r) => [r.numero_queja, r.accion, r.estado, r.motivo, r.estado_instruccion])).toEqual(
      expect.arrayContaining([
        ["K-1", "ATENDIDO", "RETENIDO", "AUMENTO_PLAN", "lista para enviar"],
        ["K-2", "ANULADO", "NO_PROCEDE", "NO_ES_TITULAR", "lista para enviar"],
      ]),
    );
    expect(rows.find((r) => r.numero_queja === "K-2")!.observacion).toBe(
      "Impulsa//advisor//no es el titular del servicio//sin contacto con el titular//contacto 0990000002",
    );
    const sent = await cli(["closings", "send", "--tenant", "consola-quejas", "--campaign", CAMPAIGN]);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toContain("Enviadas 2 instrucciones");
    const xlsx = path.join(workDir, "cierres.xlsx");
    expect((await cli(["closings", "export", xlsx, "--tenant", "consola-quejas", "--status", "queued"])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets[0]!.rowCount).toBe(3);
  });
});

describe("fideliza catalog", () => {
  it("exports the campaign's catalog as .xlsx and imports it back: unchanged, then a new version of what changed", async () => {
    const file = path.join(workDir, "catalogo.xlsx");
    expect((await cli(["catalog", "export", file, "--tenant", "consola-quejas"])).code).toBe(0);
    const same = await cli(["catalog", "import", file, "--tenant", "consola-quejas"]);
    expect(same.stdout).toContain("Tipificaciones: sin cambios (versión 1). Beneficios: sin cambios (versión 1).");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet("campaña")!.getRow(4).getCell(2).value = "Contact Center Andino";
    await workbook.xlsx.writeFile(file);
    const changed = await cli(["catalog", "import", file, "--tenant", "consola-quejas", "--note", "Otra empresa"]);
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).toContain("Tipificaciones: publicada la versión 2. Beneficios: sin cambios (versión 1).");
  });
});
