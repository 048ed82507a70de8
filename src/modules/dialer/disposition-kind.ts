import type { Tx } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import type { CatalogKind } from "../catalogs/index.js";
import { duplicateCodes, findCatalogVersion, removedCodesInUse } from "../catalogs/index.js";
import { dispositionCodes } from "./disposition-rules.js";
import { OutboundDispositionTree } from "./disposition-types.js";
import { listRecordedDispositions } from "./queries.js";

export const OUTBOUND_DISPOSITIONS_KIND = "outbound_dispositions";
/** The seed's five list types ship with a tree each; a list type the operator adds needs its own published. */
export const SEEDED_LIST_TYPES = ["fidelizacion", "abandonos", "detractores", "cancelaciones", "brownfield"];

/**
 * The disposition trees of the outbound list types, on the same mechanism as seed 003's campaign dispositions: a
 * versioned catalog per scope (here the list type), read by the desktop and by the recording, where a code that
 * records were closed with may be retired but not removed.
 */
export const outboundDispositionsKind: CatalogKind<OutboundDispositionTree> = {
  code: OUTBOUND_DISPOSITIONS_KIND,
  nameEs: "Tipificaciones de salida por tipo de base",
  descriptionEs:
    "El árbol de tipificaciones de cada tipo de base (grupos y tipificaciones, cada una resuelta en primer contacto o con caso) que el asesor ofrece y registra al cerrar la llamada.",
  schema: OutboundDispositionTree,
  defaultScopes: SEEDED_LIST_TYPES,
  validate: (content) => [
    ...duplicateCodes(content.groups, (g) => g.code).map((code) => ({
      path: "groups",
      message: `El grupo ${code} está repetido`,
    })),
    ...duplicateCodes(
      content.groups.flatMap((g) => g.dispositions),
      (d) => d.code,
    ).map((code) => ({ path: "groups", message: `La tipificación ${code} está repetida` })),
  ],
  async checkReplacement(tx, scope, previous, next) {
    return removedCodesInUse(
      dispositionCodes(previous),
      dispositionCodes(next),
      await listRecordedDispositions(tx, scope),
      "groups",
      "La tipificación",
    );
  },
};

/** The current disposition tree of a list type, or undefined when the operator has not published one for it. */
export async function findDispositionTree(tx: Tx, listType: string): Promise<OutboundDispositionTree | undefined> {
  return (await findCatalogVersion(tx, OUTBOUND_DISPOSITIONS_KIND, listType))?.content as OutboundDispositionTree | undefined;
}

/** The disposition tree of a list type; a list type without one is said in words (the operator must publish it). */
export async function readDispositionTree(tx: Tx, listType: string, listTypeName = listType): Promise<OutboundDispositionTree> {
  const current = await findDispositionTree(tx, listType);
  if (!current) {
    throw new AppError(
      "VALIDATION_FAILED",
      `El tipo de base «${listTypeName}» no tiene tipificaciones publicadas: publique su árbol en el catálogo «Tipificaciones de salida por tipo de base»`,
      { field: "dispositionCode" },
    );
  }
  return current;
}
