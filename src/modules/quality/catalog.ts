import { Type } from "@sinclair/typebox";
import type { Tx } from "../../platform/db/pool.js";
import { type CatalogKind, readCatalog } from "../catalogs/index.js";
import { type ScorecardsCatalog, validateScorecards } from "./rules.js";

export const SCORECARDS_KIND = "quality_scorecards";
export const SCORECARDS_SCOPE = "default";
const Code = Type.String({ pattern: "^[a-z][a-z0-9_]{0,40}$" });

export const ScorecardsSchema = Type.Object(
  {
    scorecards: Type.Array(
      Type.Object(
        {
          code: Code,
          name: Type.String({ minLength: 1, maxLength: 200 }),
          totalPoints: Type.Integer({ minimum: 1, maximum: 1000 }),
          sections: Type.Array(
            Type.Object(
              {
                code: Code,
                name: Type.String({ minLength: 1, maxLength: 120 }),
                checkpoints: Type.Array(
                  Type.Object(
                    {
                      code: Code,
                      label: Type.String({ minLength: 1, maxLength: 300 }),
                      points: Type.Integer({ minimum: 0, maximum: 1000 }),
                      critical: Type.Optional(Type.Boolean()),
                    },
                    { additionalProperties: false },
                  ),
                  { minItems: 1 },
                ),
              },
              { additionalProperties: false },
            ),
            { minItems: 1 },
          ),
          retired: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
);

const kind: CatalogKind<ScorecardsCatalog> = {
  code: SCORECARDS_KIND,
  nameEs: "Fichas de monitoreo de calidad",
  descriptionEs:
    "Las fichas con que el equipo de calidad califica una llamada grabada: secciones, puntos de control con sus puntos (que deben sumar el total) y puntos críticos que dejan la nota en cero.",
  schema: ScorecardsSchema,
  defaultScopes: [SCORECARDS_SCOPE],
  validate: validateScorecards,
};

export const scorecardsCatalogKind = kind as unknown as CatalogKind;

/** The scorecards the monitors score with (the current version). */
export function readScorecards(tx: Tx) {
  return readCatalog<ScorecardsCatalog>(tx, SCORECARDS_KIND, SCORECARDS_SCOPE);
}
