import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// Migration 0073: databases created before the outbound dispositions moved to their own catalog kind still hold the
// flat `dispositions` list in their stored dialer_settings versions. Nothing reads it, and the settings' schema no
// longer allows it, so the catalog editor refused to publish a version based on one. The migration drops the key
// from every stored version and leaves the versions immutable to the app.

const MIGRATION = path.resolve(
  import.meta.dirname,
  "../../src/platform/db/migrations/0073_dialer_settings_without_dispositions.sql",
);
const OLD_DISPOSITIONS = [
  { code: "retenido", name: "Cliente retenido con ofrecimiento", resolution: "first_contact" },
  { code: "escalado", name: "Escalado al área resolutoria", resolution: "case" },
];

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let admin: Session;
let owner: pg.Client;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "ajustes-marcador");
  testApp = await buildTestApp(testDb);
  admin = await login(testApp.app, tenant.users.admin!.email);
  owner = new pg.Client({ connectionString: testDb.url });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await testApp?.close();
  await testDb?.drop();
});

const storedVersions = async () =>
  (
    await owner.query<{ version: number; content: Record<string, unknown> }>(
      "SELECT version, content FROM catalog_versions WHERE tenant_id = $1 AND kind = 'dialer_settings' ORDER BY version",
      [tenant.tenantId],
    )
  ).rows;

describe("migration 0073: the old dispositions key leaves the stored dialer settings", () => {
  it("drops the key from every stored version, keeps the rest, and the editor can publish again", async () => {
    // An installation from before the move: its current dialer settings still carry the flat list.
    const current = (await admin.request({ url: "/api/catalogs/dialer_settings/default" })).json();
    const old = { ...current.content, dispositions: OLD_DISPOSITIONS };
    await owner.query(
      `INSERT INTO catalog_versions (tenant_id, kind, scope, version, content, note)
       VALUES ($1, 'dialer_settings', 'default', $2, $3, 'Versión anterior a las tipificaciones por tipo de base')`,
      [tenant.tenantId, current.version + 1, JSON.stringify(old)],
    );
    const stale = (await admin.request({ url: "/api/catalogs/dialer_settings/default" })).json();
    expect(stale.content.dispositions).toHaveLength(2);
    const refused = await admin.request({
      method: "PUT",
      url: "/api/catalogs/dialer_settings/default",
      payload: { basedOnVersion: stale.version, content: stale.content, note: "Cambio de la pausa" },
    });
    expect(refused.statusCode).toBe(400);

    await owner.query("BEGIN");
    await owner.query(await fs.readFile(MIGRATION, "utf8"));
    await owner.query("COMMIT");

    const versions = await storedVersions();
    expect(versions.length).toBeGreaterThanOrEqual(2);
    for (const version of versions) expect(version.content).not.toHaveProperty("dispositions");
    expect(versions.at(-1)!.content).toEqual(current.content);
    // Versions stay immutable: the trigger is back.
    await expect(
      owner.query("UPDATE catalog_versions SET note = 'x' WHERE tenant_id = $1 AND kind = 'dialer_settings'", [tenant.tenantId]),
    ).rejects.toThrow(/no se modifican/);
    const fresh = (await admin.request({ url: "/api/catalogs/dialer_settings/default" })).json();
    const published = await admin.request({
      method: "PUT",
      url: "/api/catalogs/dialer_settings/default",
      payload: { basedOnVersion: fresh.version, content: { ...fresh.content, ringTimeoutSeconds: 30 }, note: "Timbre de 30 s" },
    });
    expect(published.statusCode, published.body).toBeLessThan(300);
  });
});
