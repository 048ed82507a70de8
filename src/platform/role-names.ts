import fs from "node:fs";
import path from "node:path";
import { CATALOGS_DIR } from "./catalog-files.js";

let names: Map<string, string> | undefined;

/** The Spanish name of a role code from catalogs/roles.json ("supervisor" → "Supervisor"); the code if unknown. */
export function roleNameEs(code: string): string {
  if (code === "system") return "el sistema";
  names ??= new Map(
    (
      JSON.parse(fs.readFileSync(path.join(CATALOGS_DIR, "roles.json"), "utf8")) as {
        roles: Array<{ code: string; name_es: string }>;
      }
    ).roles.map((role) => [role.code, role.name_es]),
  );
  return names.get(code) ?? code;
}
