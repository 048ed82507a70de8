import type { Tx } from "../../platform/db/pool.js";
import type { CatalogKind } from "../catalogs/index.js";
import { duplicateCodes, readCatalog, removedCodesInUse } from "../catalogs/index.js";
import { type ListTypesCatalog, ListTypesCatalog as schema } from "./catalog-types.js";
import { listUsedListTypes } from "./queries.js";

export const LIST_TYPES_KIND = "contact_list_types";
export const LIST_TYPES_SCOPE = "default";

export const listTypesKind: CatalogKind<ListTypesCatalog> = {
  code: LIST_TYPES_KIND,
  nameEs: "Tipos de base de gestión",
  descriptionEs:
    "Los tipos de base que llegan a las campañas de salida (fidelización, abandonos, detractores, cancelaciones, brownfield y los que defina el operador) con la base legal elegida para cada uno.",
  schema,
  defaultScopes: [LIST_TYPES_SCOPE],
  validate: (content) =>
    duplicateCodes(content.types, (t) => t.code).map((code) => ({ path: "types", message: `El código ${code} está repetido` })),
  async checkReplacement(tx, _scope, previous, next) {
    return removedCodesInUse(
      previous.types.map((t) => t.code),
      next.types.map((t) => t.code),
      await listUsedListTypes(tx),
      "types",
      "El tipo de base",
    );
  },
};

/** The tenant's current list types. */
export async function readListTypes(tx: Tx): Promise<ListTypesCatalog["types"]> {
  return (await readCatalog<ListTypesCatalog>(tx, LIST_TYPES_KIND, LIST_TYPES_SCOPE)).content.types;
}
