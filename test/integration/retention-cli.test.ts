import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishCatalog } from "../../src/modules/catalogs/commands/publish-catalog.js";
import { readCatalog } from "../../src/modules/catalogs/queries.js";
import type { RetentionSettings } from "../../src/modules/retention/catalog-types.js";
import type { ActivitiesCatalog } from "../../src/modules/workorders/catalog-types.js";
import { csvField } from "../../src/platform/cli.js";
import { runCli } from "../support/cli.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { buildRetentionCustomer, runAs, walkToXpressOrder } from "../support/retention.js";

let testDb: TestDatabase;
let tenant: TestTenant;

const cli = (args: string[]) => runCli(testDb.url, args);

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "retencion-cli");
  const now = new Date();
  const customer = await buildRetentionCustomer(
    testDb.db,
    tenant,
    {
      code: "CLI-1",
      fullName: "Nubia Pérez; Hogar",
      phone: "+573105550000",
      products: [{ serviceNumber: "IN-CLI1", kind: "internet", technology: "hfc" }],
      claims: [
        { code: "RC-CLI1", serviceNumber: "IN-CLI1", daysAgo: 1 },
        { code: "RC-CLI2", serviceNumber: "IN-CLI1", daysAgo: 5 },
      ],
    },
    now,
  );
  await walkToXpressOrder(testDb.db, tenant, customer.id, now, 'Visita "urgente", coordinar al cel +573105550000');
}, 60_000);
afterAll(async () => {
  await testDb?.drop();
});

describe("fideliza work-orders and retention commands", () => {
  it("prints the open Xpress orders as CSV once, marking them printed; a second run finds none", async () => {
    const first = await cli(["work-orders", "print", "--tenant", "retencion-cli", "--format", "csv"]);
    expect(first.code, first.stderr).toBe(0);
    const lines = first.stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "orden,actividad,estado,vence,cliente,codigo_cliente,celular,direccion,servicio,forma_pago,valor,observacion",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(",40530 PEX/Adecuación por Retención,printed,");
    expect(lines[1]).toContain(',"Nubia Pérez; Hogar",');
    expect(lines[1]).toContain(',"Visita ""urgente"", coordinar al cel +573105550000"');
    const { rows } = await testDb.db.pool.query("SELECT status, printed_by FROM work_orders");
    expect(rows).toEqual([{ status: "printed", printed_by: tenant.users.supervisor!.id }]);

    const again = await cli(["work-orders", "print", "--tenant", "retencion-cli"]);
    expect(again.stdout.trim()).toBe("0 órdenes");
    const listed = await cli(["work-orders", "list", "--tenant", "retencion-cli", "--status", "printed", "--format", "json"]);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ estado: "printed", servicio: "IN-CLI1", valor: "0.00" }),
    ]);
  });

  it("refuses a user without the permission, and unknown options, with a Spanish reason and a failing exit code", async () => {
    const advisor = await cli(["work-orders", "print", "--tenant", "retencion-cli", "--user", tenant.users.advisor!.email]);
    expect(advisor.code).toBe(1);
    expect(advisor.stderr).toContain("no tiene el permiso «workorders:print»");
    const format = await cli(["work-orders", "list", "--tenant", "retencion-cli", "--format", "xml"]);
    expect(format.code).toBe(1);
    expect(format.stderr).toContain("Formato desconocido «xml»");
    const tenantMissing = await cli(["indicators", "show", "retention.cancellations", "--tenant", "no-existe"]);
    expect(tenantMissing.stderr).toContain("No existe el operador «no-existe»");
    const otherTeam = await cli([
      "retention",
      "follow-ups",
      "--tenant",
      "retencion-cli",
      "--role",
      "quality_team",
      "--user",
      tenant.users.advisor!.email,
    ]);
    expect(otherTeam.code).toBe(1);
    expect(otherTeam.stderr).toContain(`El usuario ${tenant.users.advisor!.email} no es del equipo «Equipo de calidad»`);
    const dimension = await cli(["indicators", "show", "retention.cancellations", "--tenant", "retencion-cli", "--by", "zone"]);
    expect(dimension.code).toBe(1);
    expect(dimension.stderr).toContain("El indicador no se desglosa por «zone»");
  });

  it("shows the seed's indicator from the engine and runs a team's follow-up worklist", async () => {
    const indicator = await cli([
      "indicators",
      "show",
      "retention.cancellations",
      "--tenant",
      "retencion-cli",
      "--format",
      "json",
    ]);
    expect(indicator.code, indicator.stderr).toBe(0);
    expect(JSON.parse(indicator.stdout)).toMatchObject({
      code: "retention.cancellations",
      procedure: "000",
      target: { kind: "belowPreviousPeriod" },
    });
    const upcoming = await cli([
      "retention",
      "follow-ups",
      "--tenant",
      "retencion-cli",
      "--role",
      "quality_team",
      "--scope",
      "upcoming",
      "--format",
      "csv",
    ]);
    expect(upcoming.code, upcoming.stderr).toBe(0);
    const [header, row] = upcoming.stdout.trim().split("\n");
    expect(header).toBe("seguimiento,vence,cliente,codigo_cliente,celular,servicio,sigue_cliente,reclamos_nuevos");
    expect(row).toMatch(/^repeated_damage_check,.*,IN-CLI1,true,$/);
  });

  it("prints the Xpress orders by their origin, whatever activity the tenant's settings name", async () => {
    const now = new Date();
    await runAs(testDb.db, tenant, "admin", now, async (ctx) => {
      const activities = await readCatalog<ActivitiesCatalog>(ctx.tx, "work_order_activities", "default");
      const xpress = activities.content.activities.find((a) => a.code === "40530")!;
      await publishCatalog(
        {
          kind: "work_order_activities",
          scope: "default",
          content: { activities: [...activities.content.activities, { ...xpress, code: "40531", name: "PEX/Adecuación 2026" }] },
          basedOnVersion: activities.version,
        },
        ctx,
      );
      const settings = await readCatalog<RetentionSettings>(ctx.tx, "retention_settings", "default");
      await publishCatalog(
        {
          kind: "retention_settings",
          scope: "default",
          content: { ...settings.content, xpressActivityCode: "40531" },
          basedOnVersion: settings.version,
        },
        ctx,
      );
    });
    const customer = await buildRetentionCustomer(
      testDb.db,
      tenant,
      {
        code: "CLI-2",
        fullName: "Olga Nueva Actividad",
        products: [{ serviceNumber: "IN-CLI2", kind: "internet", technology: "ftth" }],
        claims: [
          { code: "RC-CLI3", serviceNumber: "IN-CLI2", daysAgo: 1 },
          { code: "RC-CLI4", serviceNumber: "IN-CLI2", daysAgo: 4 },
        ],
      },
      now,
    );
    await walkToXpressOrder(testDb.db, tenant, customer.id, now);
    const printed = await cli(["work-orders", "print", "--tenant", "retencion-cli", "--format", "json"]);
    expect(printed.code, printed.stderr).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual([
      expect.objectContaining({ actividad: "40531 PEX/Adecuación 2026", estado: "printed", servicio: "IN-CLI2" }),
    ]);
  });

  it("quotes CSV fields only when needed", () => {
    expect(csvField("simple")).toBe("simple");
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField(null)).toBe("");
    expect(csvField("x;y")).toBe('"x;y"');
  });
});
