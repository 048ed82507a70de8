import { Type } from "@sinclair/typebox";
import type { Tx } from "../../platform/db/pool.js";
import { type CatalogKind, readCatalog } from "../catalogs/index.js";
import { FREQUENCIES, GOAL_PERIODS, type PracticesCatalog, validatePracticesCatalog } from "./rules.js";

export const PRACTICES_KIND = "management_practices";
export const PRACTICES_SCOPE = "default";

const literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const PracticesCatalogSchema = Type.Object(
  {
    basis: Type.String({ minLength: 1, maxLength: 500 }),
    workingDaysPerWeek: Type.Integer({ minimum: 1, maximum: 7, description: "Días hábiles de la operación por semana" }),
    practices: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: "^[a-z][a-z0-9_]{0,40}$" }),
          name: Type.String({ minLength: 1, maxLength: 120 }),
          description: Type.String({ minLength: 1, maxLength: 1000 }),
          frequency: literals(FREQUENCIES),
          durationMinutes: Type.Integer({ minimum: 1, maximum: 480 }),
          goals: Type.Array(
            Type.Object(
              {
                role: Type.String({ pattern: "^[a-z][a-z0-9_]{0,40}$" }),
                count: Type.Number({ exclusiveMinimum: 0, maximum: 50 }),
                per: literals(GOAL_PERIODS),
              },
              { additionalProperties: false },
            ),
            { minItems: 1 },
          ),
          recordsIdeas: Type.Optional(Type.Boolean()),
          retired: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
);

const kind: CatalogKind<PracticesCatalog> = {
  code: PRACTICES_KIND,
  nameEs: "Prácticas de gestión",
  descriptionEs:
    "Las prácticas de gestión del modelo operativo (diálogos, confirmaciones, agenda del líder, mejora continua, barómetro) con su frecuencia, rol responsable, meta y duración; de ellas sale la adherencia de cada líder.",
  schema: PracticesCatalogSchema,
  defaultScopes: [PRACTICES_SCOPE],
  validate: validatePracticesCatalog,
};

export const practicesCatalogKind = kind as unknown as CatalogKind;

/** The practices catalog leaders record against (its current version). */
export function readPractices(tx: Tx) {
  return readCatalog<PracticesCatalog>(tx, PRACTICES_KIND, PRACTICES_SCOPE);
}
