import type { CatalogKind } from "../../platform/extensions/catalog-kind.js";
import { catalogKinds } from "../../platform/manifest.js";

/** The catalog kind with this code, from the manifests of the modules that own catalogs; undefined when unknown. */
export function findCatalogKind(code: string): CatalogKind | undefined {
  return catalogKinds().find((kind) => kind.code === code);
}

export { catalogKinds };
