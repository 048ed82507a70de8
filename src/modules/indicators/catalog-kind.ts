import { Type } from "@sinclair/typebox";
import type { Tx } from "../../platform/db/pool.js";
import { type CatalogKind, findCatalogVersion } from "../catalogs/index.js";

export const TARGETS_KIND = "indicator_targets";

const Targets = Type.Object(
  {
    /** catalogKey → threshold (the definition's unit: percent points, a ratio or a count). */
    targets: Type.Record(Type.String({ pattern: "^[a-z][a-z0-9_.]*$" }), Type.Number()),
    basis: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);

export interface TargetsContent {
  targets: Record<string, number>;
  basis: string;
}

/** The operator's thresholds for the indicators whose target names a `catalogKey`; the seed's value holds for any key left out. */
export const indicatorTargetsKind: CatalogKind<TargetsContent> = {
  code: TARGETS_KIND,
  nameEs: "Metas de los indicadores",
  descriptionEs:
    "El umbral de cada indicador que tiene meta (p. ej. «mayor a 95 %» de las anulaciones evitadas); un indicador que no aparece conserva la meta de su procedimiento.",
  schema: Targets,
  defaultScopes: ["default"],
  validate(content) {
    return Object.entries(content.targets)
      .filter(([, value]) => !Number.isFinite(value) || value < 0)
      .map(([key]) => ({ path: `targets.${key}`, message: "La meta debe ser un número mayor o igual a cero" }));
  },
};

/** The tenant's current overrides, or none when the operator has not published the catalog. */
export async function readTargetOverrides(tx: Tx): Promise<Record<string, number>> {
  const row = await findCatalogVersion(tx, TARGETS_KIND, "default");
  return (row?.content as TargetsContent | undefined)?.targets ?? {};
}
