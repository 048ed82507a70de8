import type { ImportKind } from "../../platform/extensions/import-kind.js";
import { importKinds } from "../../platform/manifest.js";

/** The codes of every import kind the modules declare. */
export function registeredImportCodes(): string[] {
  return importKinds().map((kind) => kind.code);
}

/** The kinds the generic route and `fideliza import` upload: those without options of their own. */
export function genericImportKinds(): ImportKind[] {
  return importKinds().filter((kind) => !kind.uploadedBy);
}

/** The kind named by its code or an alias, with or without accents ("clientes", "facturación", "quejas"); undefined when unknown. */
export function findRegisteredImportKind(name: string): ImportKind | undefined {
  const key = name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
  return importKinds().find((kind) => kind.code === key || kind.aliases?.includes(key));
}

/** The position of a kind in commit order (manifest order). */
export function importKindOrder(code: string): number {
  return importKinds().findIndex((kind) => kind.code === code);
}
