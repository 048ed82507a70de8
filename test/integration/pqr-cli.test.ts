import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filePqr } from "../../src/modules/pqr/index.js";
import { runCli } from "../support/cli.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { buildPqrCustomer, configureCunRange } from "../support/pqr.js";
import { runAs } from "../support/retention.js";

let testDb: TestDatabase;
let tenant: TestTenant;
let cun: string;

const cli = (args: string[]) => runCli(testDb.url, args);

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "pqr-cli");
  const now = new Date();
  await configureCunRange(testDb.db, tenant, now);
  const customer = await buildPqrCustomer(testDb.db, tenant, "CLI-1", now);
  cun = (
    await runAs(testDb.db, tenant, "advisor", now, (ctx) =>
      filePqr(
        {
          type: "complaint",
          customerId: customer.id,
          subject: "Cobro doble, con coma",
          filingChannel: "phone",
          responseChannel: "in_person",
        },
        ctx,
      ),
    )
  ).cun;
}, 60_000);
afterAll(() => testDb?.drop());

describe("fideliza pqr", () => {
  it("lists the PQR area's worklist as CSV", async () => {
    const result = await cli(["pqr", "list", "--tenant", "pqr-cli", "--format", "csv"]);
    expect(result.code, result.stderr).toBe(0);
    const [header, row] = result.stdout.trim().split("\n");
    expect(header).toBe("cun,numero,tipo,estado,cliente,pide,vence,plazo");
    expect(row).toContain(cun);
    expect(row).toContain('"Cobro doble, con coma"');
  });

  it("shows one PQR by its CUN, and names an unknown CUN in Spanish", async () => {
    const shown = await cli(["pqr", "show", cun, "--tenant", "pqr-cli"]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(`CUN ${cun}`);
    expect(shown.stdout).toContain("Radicada");
    const missing = await cli(["pqr", "show", "400199999999", "--tenant", "pqr-cli"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("No hay una PQR con el CUN 400199999999");
  });
});
