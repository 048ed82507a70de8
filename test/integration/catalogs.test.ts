import { Type } from "@sinclair/typebox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODULES } from "../../src/app/modules.js";
import type { CatalogKind } from "../../src/modules/catalogs/registry.js";
import { duplicateCodes } from "../../src/modules/catalogs/rules.js";
import { installModules } from "../../src/platform/manifest.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

interface Colors {
  items: Array<{ code: string; label: string; retired?: boolean }>;
}

// A kind only this file knows: the generic machinery is tested apart from any domain's catalog.
const COLORS: CatalogKind<Colors> = {
  code: "test_colors",
  nameEs: "Colores de prueba",
  descriptionEs: "Un catálogo de prueba",
  schema: Type.Object(
    {
      items: Type.Array(
        Type.Object(
          {
            code: Type.String({ minLength: 1 }),
            label: Type.String({ minLength: 1, maxLength: 20 }),
            retired: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        { minItems: 1 },
      ),
    },
    { additionalProperties: false },
  ),
  defaultScopes: [],
  validate: (content) =>
    duplicateCodes(content.items, (i) => i.code).map((code) => ({ path: "items", message: `El código ${code} está repetido` })),
  checkReplacement: async (_tx, _scope, previous, next) =>
    previous.items
      .filter((item) => !next.items.some((n) => n.code === item.code))
      .map((item) => ({ path: "items", message: `«${item.code}» no se puede eliminar, solo retirar` })),
};
// A test module that owns one more catalog kind, installed beside the product's.
installModules([...MODULES, { name: "test-colors", catalogKinds: [COLORS as CatalogKind] }]);

let testDb: TestDatabase;
let testApp: TestApp;
let tenantA: TestTenant;
let tenantB: TestTenant;
let adminA: Session;

const put = (session: Session, body: object, scope = "campana-1") =>
  session.request({ method: "PUT", url: `/api/catalogs/test_colors/${scope}`, payload: body });

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenantA = await buildTenant(testDb.db, "catalogos-a");
  tenantB = await buildTenant(testDb.db, "catalogos-b");
  testApp = await buildTestApp(testDb);
  adminA = await login(testApp.app, tenantA.users.admin!.email);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

describe("versioned catalogs", () => {
  it("publishes versions one after another; each stays readable and on the timeline", async () => {
    expect((await put(adminA, { basedOnVersion: 0, content: { items: [{ code: "r", label: "Rojo" }] } })).json()).toEqual({
      version: 1,
    });
    const second = await put(adminA, {
      basedOnVersion: 1,
      note: "Agrega verde",
      content: {
        items: [
          { code: "r", label: "Rojo" },
          { code: "v", label: "Verde" },
        ],
      },
    });
    expect(second.json()).toEqual({ version: 2 });

    const current = (await adminA.request({ url: "/api/catalogs/test_colors/campana-1" })).json();
    expect(current).toMatchObject({ version: 2, note: "Agrega verde", createdByName: "Administrador catalogos-a" });
    expect(current.content.items).toHaveLength(2);
    const first = (await adminA.request({ url: "/api/catalogs/test_colors/campana-1?version=1" })).json();
    expect(first.content.items).toEqual([{ code: "r", label: "Rojo" }]);
    const versions = (await adminA.request({ url: "/api/catalogs/test_colors/campana-1/versions" })).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const events = await testDb.db.tenant(tenantA.tenantId, (tx) =>
      tx.query(
        "SELECT after->>'version' AS v FROM events WHERE subject_type = 'catalog' AND subject_id = 'test_colors/campana-1' ORDER BY id",
      ),
    );
    expect(events.rows.map((r) => r.v)).toEqual(["1", "2"]);
  });

  it("refuses a stale edit, a malformed document, a rule violation and a removal, naming the problem; nothing changes", async () => {
    const stale = await put(adminA, {
      basedOnVersion: 1,
      content: {
        items: [
          { code: "r", label: "Rojo" },
          { code: "v", label: "Verde" },
        ],
      },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "CONFLICT", currentVersion: 2 });

    const malformed = await put(adminA, { basedOnVersion: 2, content: { items: [{ code: "r", label: "" }] } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: "VALIDATION_FAILED", field: "items.0.label" });

    const repeated = await put(adminA, {
      basedOnVersion: 2,
      content: {
        items: [
          { code: "r", label: "Rojo" },
          { code: "r", label: "Rosa" },
        ],
      },
    });
    expect(repeated.json().detail).toContain("El código r está repetido");

    const removed = await put(adminA, { basedOnVersion: 2, content: { items: [{ code: "r", label: "Rojo" }] } });
    expect(removed.statusCode).toBe(400);
    expect(removed.json().detail).toContain("«v» no se puede eliminar, solo retirar");

    const retired = await put(adminA, {
      basedOnVersion: 2,
      content: {
        items: [
          { code: "r", label: "Rojo" },
          { code: "v", label: "Verde", retired: true },
        ],
      },
    });
    expect(retired.json()).toEqual({ version: 3 });
  });

  it("only catalog managers publish; another tenant sees none of it", async () => {
    const advisor = await login(testApp.app, tenantA.users.advisor!.email);
    expect((await put(advisor, { basedOnVersion: 3, content: { items: [{ code: "x", label: "X" }] } })).statusCode).toBe(403);
    const adminB = await login(testApp.app, tenantB.users.admin!.email);
    expect((await adminB.request({ url: "/api/catalogs/test_colors/campana-1" })).statusCode).toBe(404);
    // Tenant B has only its own default catalogs, none of A's.
    const listedB: Array<{ kind: string; version: number }> = (await adminB.request({ url: "/api/catalogs" })).json();
    expect(listedB.filter((c) => c.kind === "test_colors" || c.version > 1)).toEqual([]);
    // Tenant B's own catalog of the same name starts at its own version 1.
    expect((await put(adminB, { basedOnVersion: 0, content: { items: [{ code: "a", label: "Azul" }] } })).json()).toEqual({
      version: 1,
    });
  });

  it("the database refuses to change or delete a published version", async () => {
    for (const statement of ["UPDATE catalog_versions SET note = 'x'", "DELETE FROM catalog_versions"]) {
      await expect(
        testDb.db.tenant(tenantA.tenantId, (tx) => tx.query(statement)),
        statement,
      ).rejects.toThrow();
      await expect(
        testDb.db.system((tx) => tx.query(statement)),
        statement,
      ).rejects.toThrow(/no se modifican/);
    }
  });
});
