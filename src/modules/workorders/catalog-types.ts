import { type Static, Type } from "@sinclair/typebox";
import { literals } from "../../platform/http/schemas.js";

export const ORDER_TYPES = ["engineering_service", "damage", "installation", "transfer", "migration"] as const;
export type OrderType = (typeof ORDER_TYPES)[number];
export const PAYMENT_METHODS = ["credit", "cash", "bill"] as const;
export const FOLLOW_UP_KINDS = ["quality_control", "repeated_damage_check"] as const;

const ChecklistTask = Type.Object(
  {
    code: Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,60}$" }),
    name: Type.String({ minLength: 1, maxLength: 300 }),
    retired: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const Activity = Type.Object(
  {
    /** The operator's activity code, e.g. "40530". */
    code: Type.String({ pattern: "^[A-Za-z0-9-]{1,20}$" }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    orderType: literals(ORDER_TYPES),
    /** The product kinds an order of this activity is sold on («sobre el producto de Internet»). */
    productKinds: Type.Array(Type.String({ minLength: 1 }), { minItems: 1, uniqueItems: true }),
    paymentMethod: literals(PAYMENT_METHODS),
    /** Value charged to the customer (0: «no se cobrará por el Servicio de Ingeniería»). */
    value: Type.Number({ minimum: 0 }),
    /** «Atención en 24 horas» = {24, hours} (clock); «en 2 días» = {2, business_days}. */
    deadline: Type.Object(
      {
        amount: Type.Number({ exclusiveMinimum: 0 }),
        unit: literals(["hours", "business_days", "business_hours", "calendar_days"] as const),
      },
      { additionalProperties: false },
    ),
    /** The technician's tasks (the Xpress fix's list); closing requires at least one done. */
    checklist: Type.Array(ChecklistTask, { minItems: 1 }),
    /**
     * Follow-ups the order creates: due a delay after it was created or closed. The team that works each
     * kind is the follow-up procedure's (followups/procedure.ts), not a field here.
     */
    followUps: Type.Array(
      Type.Object(
        {
          kind: literals(FOLLOW_UP_KINDS),
          from: literals(["created", "closed"] as const),
          after: Type.Object(
            { amount: Type.Integer({ minimum: 1, maximum: 366 }), unit: literals(["business_days", "calendar_days"] as const) },
            { additionalProperties: false },
          ),
        },
        { additionalProperties: false },
      ),
    ),
    retired: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type Activity = Static<typeof Activity>;

export const ActivitiesCatalog = Type.Object(
  { activities: Type.Array(Activity, { minItems: 1 }) },
  { additionalProperties: false },
);
export type ActivitiesCatalog = Static<typeof ActivitiesCatalog>;
