import { benefitsCatalogKind, dispositionsCatalogKind } from "../dispositions/catalog-kinds.js";
import { RETENTION_CATALOG_KINDS } from "../retention/catalog-kinds.js";
import { workOrderActivitiesKind } from "../workorders/catalog-kind.js";
import type { CatalogKind } from "./registry.js";

/**
 * Every catalog kind of the product. A module with a catalog adds one line here; its default
 * documents live in catalogs/<code>/<scope>.json and every tenant gets them as version 1.
 */
// biome-ignore format: one line per module, so modules added side by side do not collide
export const CATALOG_KINDS: CatalogKind[] = [
  ...(RETENTION_CATALOG_KINDS as CatalogKind[]), workOrderActivitiesKind as CatalogKind,
  dispositionsCatalogKind, benefitsCatalogKind,
];

export function findCatalogKind(code: string): CatalogKind | undefined {
  return CATALOG_KINDS.find((kind) => kind.code === code);
}
