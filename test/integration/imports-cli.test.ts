import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CUSTOMERS } from "../../src/modules/imports/kinds.js";
import { csvBuffer, writeXlsxFile } from "../fixtures/imports/spreadsheets.js";
import { startCli } from "../support/cli.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

let testDb: TestDatabase;
let tenant: TestTenant;
let workDir: string;

const HEADER = CUSTOMERS.columns.map((column) => column.header);
const row = (i: number) => [
  `G-${i}`,
  10_000 + i,
  `Cliente ${i}`,
  "estándar",
  3_100_000_000 + i,
  `g${i}@correo.co`,
  `Carrera ${i}`,
  "Quito",
  "no",
  "no",
];
const BIG_ROWS = 40_000;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "consola");
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), "fideliza-import-cli-"));
});
afterAll(async () => {
  await testDb?.drop();
  if (workDir) await fs.rm(workDir, { recursive: true, force: true });
});

type Run = ReturnType<typeof startCli>;

const runCli = (args: string[]): Run => startCli(testDb.url, args);

async function customers(): Promise<number> {
  return testDb.db.tenant(tenant.tenantId, async (tx) =>
    Number((await tx.query("SELECT count(*) AS n FROM customers")).rows[0].n),
  );
}

/** Waits until a statement of the import runs on the test database (seen in pg_stat_activity). */
async function waitForStatement(pattern: string, run: Run, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  run.done.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    const { rows } = await testDb.db.system((tx) =>
      tx.query("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE $1", [
        pattern,
      ]),
    );
    if (rows.length > 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

/** After a kill, the server ends the orphaned transaction; wait until no statement of it remains. */
async function waitForQuiet(): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const { rows } = await testDb.db.system((tx) =>
      tx.query(
        "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle' AND query NOT LIKE '%pg_stat_activity%'",
      ),
    );
    if (rows.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("la transacción huérfana no terminó");
}

describe("fideliza import (CLI)", () => {
  it("prints every error by row and column and exits 1 on a rejected file; nothing is written", async () => {
    const file = path.join(workDir, "malo.csv");
    const rows = [row(1), row(2), row(3)];
    rows[1]![8] = "quizás";
    rows[2]![0] = "G-1";
    await fs.writeFile(file, csvBuffer([HEADER, ...rows]));
    const result = await runCli(["import", "clientes", file, "--tenant", "consola"]).done;
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain("3 filas leídas, 2 errores — rechazada");
    expect(result.stdout).toContain("  fila 3, columna en_mora: «quizás» no es un valor sí/no; use sí, no, 1 o 0");
    expect(result.stdout).toContain("  fila 4, columna codigo_cliente: El código de cliente «G-1» ya aparece en la fila 2");
    expect(await customers()).toBe(0);
  });

  it("--dry-run validates without writing anything; an unknown tenant or kind exits 1 in Spanish", async () => {
    const file = path.join(workDir, "bueno.csv");
    await fs.writeFile(file, csvBuffer([HEADER, row(1), row(2)]));
    const dry = await runCli(["import", "customers", file, "--tenant", "consola", "--dry-run"]).done;
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("no se guardó nada");
    const imports = await testDb.db.tenant(tenant.tenantId, (tx) => tx.query("SELECT status FROM imports"));
    expect(imports.rows.map((r) => r.status)).toEqual(["rejected"]);
    const unknown = await runCli(["import", "clientes", file, "--tenant", "nadie"]).done;
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No existe el operador «nadie»");
    const kind = await runCli(["import", "pedidos", file, "--tenant", "consola"]).done;
    expect(kind.code).toBe(1);
    expect(kind.stderr).toContain("Tipo de importación desconocido «pedidos»");
  });

  it("a process killed mid-import leaves all or nothing, and the import can simply be run again", {
    timeout: 240_000,
  }, async () => {
    const file = path.join(workDir, "grande.xlsx");
    await writeXlsxFile(file, HEADER, BIG_ROWS, (i) => row(i + 1));

    // Killed while reading and staging the file.
    const staging = runCli(["import", "customers", file, "--tenant", "consola", "--user", tenant.users.back_office!.email]);
    expect(await waitForStatement("COPY import_incoming%", staging)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    staging.child.kill("SIGKILL");
    expect((await staging.done).signal).toBe("SIGKILL");
    await waitForQuiet();
    expect([0, BIG_ROWS]).toContain(await customers());

    // Killed while committing.
    const committing = runCli(["import", "customers", file, "--tenant", "consola"]);
    expect(await waitForStatement("%INSERT INTO customers%", committing)).toBe(true);
    committing.child.kill("SIGKILL");
    await committing.done;
    await waitForQuiet();
    const afterKill = await customers();
    expect([0, BIG_ROWS]).toContain(afterKill);

    // Run again: nothing blocks it, and it ends with every row exactly once.
    const rerun = await runCli(["import", "customers", file, "--tenant", "consola"]).done;
    if (afterKill === 0) {
      expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
      expect(rerun.stdout).toContain(`Confirmada: ${BIG_ROWS} nuevos, 0 actualizados, 0 sin cambios.`);
    } else {
      // The kill came after the commit had landed: the same file is then already imported, a success.
      expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
      expect(rerun.stdout).toContain(`ya importado`);
      expect(rerun.stdout).toContain(`${BIG_ROWS} nuevos, 0 actualizados, 0 sin cambios`);
    }
    expect(await customers()).toBe(BIG_ROWS);
    const states = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query("SELECT status, count(*)::int AS n FROM imports WHERE file_name = 'grande.xlsx' GROUP BY status"),
    );
    // A staged copy left by the kill was discarded when the file was committed: nothing is left half-way.
    expect(states.rows.find((r) => r.status === "staged")).toBeUndefined();
    expect(states.rows.find((r) => r.status === "committed")?.n).toBe(1);
  });

  it("the same file again exits 0, prints «ya importado» with the first import's counts, and writes nothing", async () => {
    const other = await buildTenant(testDb.db, "consola-dos");
    const file = path.join(workDir, "pocos.csv");
    await fs.writeFile(file, csvBuffer([HEADER, ...[1, 2, 3].map(row)]));
    const first = await runCli(["import", "customers", file, "--tenant", "consola-dos"]).done;
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain("Confirmada: 3 nuevos, 0 actualizados, 0 sin cambios.");
    const imports = () =>
      testDb.db.tenant(other.tenantId, async (tx) => Number((await tx.query("SELECT count(*) AS n FROM imports")).rows[0].n));
    const before = await imports();
    const again = await runCli(["import", "customers", file, "--tenant", "consola-dos"]).done;
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain("ya importado");
    expect(again.stdout).toContain("3 nuevos, 0 actualizados, 0 sin cambios");
    expect(again.stderr).toBe("");
    expect(await imports()).toBe(before);
  }, 90_000);
});
