import { COMPLAINTS_IMPORT } from "../dispositions/import-kind.js";
import { IMPORT_KINDS, type ImportKind } from "./kinds.js";

/**
 * Every import kind of the product, in commit order (a batch commits its kinds in this order, so a
 * kind comes after those it depends on). A module with an import of its own adds one line here.
 */
// biome-ignore format: one line per module, so modules added side by side do not collide
export const REGISTERED_IMPORT_KINDS: ImportKind[] = [
  ...Object.values(IMPORT_KINDS),
  COMPLAINTS_IMPORT,
];

export function registeredImportCodes(): string[] {
  return REGISTERED_IMPORT_KINDS.map((kind) => kind.code);
}

/** The kinds the generic route and `fideliza import` upload: those without options of their own. */
export function genericImportKinds(): ImportKind[] {
  return REGISTERED_IMPORT_KINDS.filter((kind) => !kind.uploadedBy);
}

/** The kind named by its code or an alias, with or without accents ("clientes", "facturación", "quejas"); undefined when unknown. */
export function findRegisteredImportKind(name: string): ImportKind | undefined {
  const key = name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
  return REGISTERED_IMPORT_KINDS.find((kind) => kind.code === key || kind.aliases?.includes(key));
}

/** The position of a kind in commit order. */
export function importKindOrder(code: string): number {
  return REGISTERED_IMPORT_KINDS.findIndex((kind) => kind.code === code);
}
