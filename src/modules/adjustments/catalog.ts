import { Type } from "@sinclair/typebox";
import type { Tx } from "../../platform/db/pool.js";
import { type CatalogKind, readCatalog } from "../catalogs/index.js";
import { type AdjustmentCausesCatalog, validateCausesCatalog } from "./rules.js";

export const CAUSES_KIND = "adjustment_causes";
export const CAUSES_SCOPE = "default";

const Code = Type.String({ pattern: "^[a-z][a-z0-9_]{0,40}$" });

export const AdjustmentCausesSchema = Type.Object(
  {
    basis: Type.String({ minLength: 1, maxLength: 500, description: "De dónde salen las causales y su política" }),
    pqrQueue: Type.String({ minLength: 1, maxLength: 60, description: "Usuario o cola del área de PQR (CASOSPQR-PQRRES)" }),
    evidence: Type.Array(
      Type.Object({ code: Code, label: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      {
        minItems: 1,
      },
    ),
    causes: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: "^[A-Z]$" }),
          name: Type.String({ minLength: 1, maxLength: 200 }),
          requiredEvidence: Type.Array(Code),
          policy: Type.String({ minLength: 1, maxLength: 2000 }),
          retired: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
);

const kind: CatalogKind<AdjustmentCausesCatalog> = {
  code: CAUSES_KIND,
  nameEs: "Causales de ajuste",
  descriptionEs:
    "Las causales por las que el cliente puede pedir un ajuste a su facturación (A–M), con los soportes que cada una exige, la política que lee el validador y la cola del área de PQR.",
  schema: AdjustmentCausesSchema,
  defaultScopes: [CAUSES_SCOPE],
  validate: validateCausesCatalog,
};

export const adjustmentCausesCatalogKind = kind as unknown as CatalogKind;

/** The causes catalog the cell decides with (its current version). */
export function readCauses(tx: Tx) {
  return readCatalog<AdjustmentCausesCatalog>(tx, CAUSES_KIND, CAUSES_SCOPE);
}
