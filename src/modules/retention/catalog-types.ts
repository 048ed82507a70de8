import { type Static, Type } from "@sinclair/typebox";
import { literals } from "../../platform/http/schemas.js";

/**
 * The shapes of the retention catalogs (per tenant, versioned, editable by an admin). The catalog kinds
 * that hold them are declared in catalog-kinds.ts; the defaults are catalogs/<kind>/default.json.
 */

const Code = Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,60}$" });
const Name = Type.String({ minLength: 1, maxLength: 200 });

export const CUSTOMER_FLAGS = ["delinquent", "credit_bureau", "withdrawn_for_non_payment"] as const;
export type CustomerFlag = (typeof CUSTOMER_FLAGS)[number];
export const OFFER_TYPES = ["bill_waiver", "compensation", "promotion"] as const;
export type OfferType = (typeof OFFER_TYPES)[number];
export const CASE_BRANCHES = ["repeated_damage", "request_analysis"] as const;
export type CaseBranch = (typeof CASE_BRANCHES)[number];

export const PromotionDuration = Type.Object(
  { amount: Type.Integer({ minimum: 1, maximum: 366 }), unit: literals(["months", "calendar_days"] as const) },
  { additionalProperties: false, description: "«por 1 mes» = {1, months}; «hasta por 30 días» = {30, calendar_days} (reloj)" },
);
export type PromotionDuration = Static<typeof PromotionDuration>;

export const Offer = Type.Object(
  {
    code: Code,
    type: literals(OFFER_TYPES),
    name: Name,
    description: Type.String({ maxLength: 1000 }),
    /** The branches whose steps may give it: repeated_damage (step 3) or request_analysis (steps 12 and 14). */
    branches: Type.Array(literals(CASE_BRANCHES), { minItems: 1, uniqueItems: true }),
    /** The concept typed in the billing system for a bill waiver or a compensation (step 4.1, step 13). */
    billingConcept: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    /** Bill waiver and compensation: the share of the product's monthly fee credited (100 = the whole month). */
    percentOfMonthlyFee: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    /** Promotions: how long it lasts before it is reverted. */
    duration: Type.Optional(PromotionDuration),
    /** Promotions: the provisioning system's code of what is enabled. */
    provisioningCode: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    eligibility: Type.Object(
      {
        /** The product must be of one of these kinds (internet, tv, fixed_voice, mobile). */
        productKinds: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
        /** The product must run on one of these technologies (e.g. ftth, gpon: "para clientes FO"). */
        technologies: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
        /** Customer flags that refuse the offer (what the step-1.1 warning restricts). */
        refusedWhen: Type.Optional(Type.Array(literals(CUSTOMER_FLAGS), { uniqueItems: true })),
      },
      { additionalProperties: false },
    ),
    retired: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type Offer = Static<typeof Offer>;

export const OffersCatalog = Type.Object({ offers: Type.Array(Offer, { minItems: 1 }) }, { additionalProperties: false });
export type OffersCatalog = Static<typeof OffersCatalog>;

export const NoteTemplate = Type.Object(
  {
    code: Code,
    name: Name,
    /** Text with placeholders {mes} (the current month, in capitals) and {celular} (the customer's phone). */
    text: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export const NoteTemplatesCatalog = Type.Object(
  { templates: Type.Array(NoteTemplate, { minItems: 1 }) },
  { additionalProperties: false },
);
export type NoteTemplatesCatalog = Static<typeof NoteTemplatesCatalog>;
export const NOTE_PLACEHOLDERS = ["mes", "celular", "cliente", "producto"] as const;

export const CancellationReasonsCatalog = Type.Object(
  {
    reasons: Type.Array(
      Type.Object({ code: Code, name: Name, retired: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      {
        minItems: 1,
      },
    ),
  },
  { additionalProperties: false },
);
export type CancellationReasonsCatalog = Static<typeof CancellationReasonsCatalog>;

export const RetentionSettings = Type.Object(
  {
    vip: Type.Object(
      {
        /** Tiers that are VIP by themselves. */
        tiers: Type.Array(Type.String({ minLength: 1 }), { uniqueItems: true }),
        /** Months of billing averaged for step 1.2. */
        billingMonths: Type.Integer({ minimum: 1, maximum: 24 }),
        /** Average billing at or above which a customer is VIP whatever the tier (tenant currency). */
        billingAverageAtLeast: Type.Number({ minimum: 0 }),
      },
      { additionalProperties: false },
    ),
    repeatedDamage: Type.Object(
      {
        windowDays: Type.Integer({ minimum: 1, maximum: 366 }),
        minClaims: Type.Integer({ minimum: 2, maximum: 20 }),
      },
      { additionalProperties: false },
    ),
    /** Claims shown on the 360 (the last N days); at least the repeated-damage window. */
    claimHistoryDays: Type.Integer({ minimum: 1, maximum: 730 }),
    /** The follow-up task reaches the advisor this many days before a promotion ends. */
    promotionFollowUpDaysBefore: Type.Integer({ minimum: 0, maximum: 60 }),
    /** The note template used for the Xpress work order's observation (step 5.3). */
    xpressObservationTemplate: Code,
    /** The activity of the work_order_activities catalog the Xpress order uses (step 5.3). */
    xpressActivityCode: Type.String({ pattern: "^[A-Za-z0-9-]{1,20}$" }),
  },
  { additionalProperties: false },
);
export type RetentionSettings = Static<typeof RetentionSettings>;
