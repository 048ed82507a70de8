import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MODULES } from "../../src/app/modules.js";
import { CATALOGS_DIR } from "../../src/platform/catalog-files.js";

const roleCatalog = JSON.parse(fs.readFileSync(path.join(CATALOGS_DIR, "roles.json"), "utf8")) as {
  permissions: Record<string, string>;
};
const SRC = path.resolve(CATALOGS_DIR, "../src/modules");

describe("module manifests", () => {
  it("every module folder has a manifest, and the assembly installs each one", () => {
    const folders = fs.readdirSync(SRC).filter((name) => fs.statSync(path.join(SRC, name)).isDirectory());
    for (const folder of folders) expect(fs.existsSync(path.join(SRC, folder, "module.ts")), folder).toBe(true);
    expect(MODULES.map((m) => m.name).sort()).toEqual(folders.sort());
  });

  it("each permission of catalogs/roles.json is declared by exactly one module, and no module declares an unknown one", () => {
    const owners = new Map<string, string[]>();
    for (const module of MODULES)
      for (const permission of new Set(Object.values(module.permissions ?? {})))
        owners.set(permission, [...(owners.get(permission) ?? []), module.name]);
    for (const permission of Object.keys(roleCatalog.permissions)) expect(owners.get(permission), permission).toHaveLength(1);
    for (const permission of owners.keys()) expect(roleCatalog.permissions, permission).toHaveProperty([permission]);
  });

  it("every route permission in the modules' code is one a manifest declares", () => {
    const declared = new Set(MODULES.flatMap((m) => Object.values(m.permissions ?? {})));
    const used = new Set<string>();
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    for (const file of walk(SRC).filter((f) => f.endsWith(".ts")))
      for (const match of fs.readFileSync(file, "utf8").matchAll(/permission: "([a-z_]+:[a-z_]+)"/g)) used.add(match[1]!);
    for (const permission of used) expect(declared.has(permission), permission).toBe(true);
  });
});
