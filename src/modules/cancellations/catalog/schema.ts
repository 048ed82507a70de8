import { type Static, Type } from "@sinclair/typebox";
import { literals } from "../../../platform/http/schemas.js";
import { DeadlineRuleSchema } from "../../deadlines/index.js";

/**
 * The `dispositions` catalog document: one campaign (its scope) with its states, motives, closing
 * actions, deadlines, note templates, required fields and contact policy. See README.md and
 * docs/catalogs.md for the seed's rows.
 */

export const DispositionCode = Type.String({
  pattern: "^[A-Z][A-Z0-9_]{0,59}$",
  description: "MAYÚSCULAS_CON_GUIONES_BAJOS",
});
export const FieldCode = Type.String({ pattern: "^[a-z][a-z0-9_]{0,39}$", description: "minúsculas_con_guiones_bajos" });
const Label = Type.String({ minLength: 1, maxLength: 120 });

export const FIELD_TYPES = ["text", "phone", "number", "date", "callback", "choice", "benefit"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const MotiveFieldSchema = Type.Object(
  {
    code: FieldCode,
    label: Label,
    type: literals(FIELD_TYPES),
    required: Type.Boolean(),
    hint: Type.Optional(Type.String({ maxLength: 200 })),
    maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    min: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number()),
    options: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1 })),
    benefitKind: Type.Optional(literals(["discount", "suspension"] as const)),
    benefitCost: Type.Optional(literals(["with", "without"] as const)),
    after: Type.Optional(FieldCode),
  },
  { additionalProperties: false },
);

export const CLOSING_ACTIONS = ["ATENDIDO", "ANULADO"] as const;
export type ClosingAction = (typeof CLOSING_ACTIONS)[number];

export const MotiveSchema = Type.Object(
  {
    code: DispositionCode,
    label: Label,
    group: Type.Optional(Type.String({ minLength: 1, maxLength: 10 })),
    closing: Type.Union([
      Type.Object({ action: literals(CLOSING_ACTIONS), deadline: DeadlineRuleSchema }, { additionalProperties: false }),
      Type.Null(),
    ]),
    template: Type.String({ minLength: 1, maxLength: 1000 }),
    fields: Type.Array(MotiveFieldSchema),
    maxNoteLength: Type.Optional(Type.Integer({ minimum: 20, maximum: 4000 })),
    retired: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const OUTCOMES = ["retained", "lost", "not_applicable", "unreached"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const StateSchema = Type.Object(
  {
    code: DispositionCode,
    label: Label,
    type: literals(["intermediate", "final"] as const),
    outcome: Type.Optional(literals(OUTCOMES)),
    queue: Type.Optional(FieldCode),
    retired: Type.Optional(Type.Boolean()),
    motives: Type.Array(MotiveSchema),
  },
  { additionalProperties: false },
);

const MotiveRef = Type.Object({ state: DispositionCode, motive: DispositionCode }, { additionalProperties: false });
export const ScopeCode = Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,60}$" });

export const DispositionCatalogSchema = Type.Object(
  {
    campaign: Type.Object(
      { name: Label, description: Type.Optional(Type.String({ maxLength: 500 })) },
      { additionalProperties: false },
    ),
    notes: Type.Object(
      { company: Type.String({ minLength: 1, maxLength: 40 }), maxLength: Type.Integer({ minimum: 20, maximum: 4000 }) },
      { additionalProperties: false },
    ),
    contactPolicy: Type.Object(
      {
        maxUnansweredAttempts: Type.Integer({ minimum: 1, maximum: 20 }),
        retryAfter: DeadlineRuleSchema,
        noAnswer: MotiveRef,
        handOff: MotiveRef,
      },
      { additionalProperties: false },
    ),
    callbacks: Type.Object(
      { returnToPoolAfterMinutes: Type.Integer({ minimum: 1, maximum: 10_080 }) },
      { additionalProperties: false },
    ),
    benefitsScope: ScopeCode,
    queues: Type.Array(Type.Object({ code: FieldCode, label: Label }, { additionalProperties: false })),
    states: Type.Array(StateSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);

export type DispositionCatalog = Static<typeof DispositionCatalogSchema>;
export type StateDefinition = Static<typeof StateSchema>;
export type MotiveDefinition = Static<typeof MotiveSchema>;
export type MotiveField = Static<typeof MotiveFieldSchema>;
export type MotiveClosing = NonNullable<MotiveDefinition["closing"]>;

export const BENEFIT_KINDS = ["discount", "suspension"] as const;

export const BenefitSchema = Type.Object(
  {
    code: DispositionCode,
    label: Label,
    kind: literals(BENEFIT_KINDS),
    percentage: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100 })),
    months: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 36 }), { minItems: 1, maxItems: 36 })),
    durationMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 24 })),
    cost: Type.Optional(
      Type.Union([
        Type.Object(
          {
            amount: Type.Number({ exclusiveMinimum: 0 }),
            currency: Type.String({ pattern: "^[A-Z]{3}$" }),
            plusTax: Type.Boolean(),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
    retired: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** The benefits matrix: discounts (percentage, which months) and temporary suspensions (months, cost or none). */
export const BenefitsCatalogSchema = Type.Object(
  {
    firstMonth: literals(["next_cycle", "current_cycle"] as const),
    benefits: Type.Array(BenefitSchema),
  },
  { additionalProperties: false },
);

export type BenefitsCatalog = Static<typeof BenefitsCatalogSchema>;
export type Benefit = Static<typeof BenefitSchema>;
