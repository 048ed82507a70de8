import { type Static, Type } from "@sinclair/typebox";

/** The shapes of a customer and its products, claims and billing: validated the same way from the API and from imports. */

export const TIERS = ["standard", "premium", "business", "corporate", "vip"] as const;
export const PRODUCT_KINDS = ["internet", "tv", "fixed_voice", "mobile"] as const;
export const TECHNOLOGIES = ["hfc", "ftth", "copper", "gpon", "dsl", "lte", "satellite", "dth", "other"] as const;
export const PRODUCT_STATUSES = ["active", "suspended", "withdrawn"] as const;

const literalUnion = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const OptionalText = (max: number) => Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]));

export const CustomerInput = Type.Object(
  {
    code: Text(40),
    documentId: Text(30),
    fullName: Text(200),
    tier: Type.Optional(literalUnion(TIERS)),
    phone: Type.Optional(
      Type.Union([
        Type.String({
          maxLength: 30,
          pattern: "^\\+?[0-9 ()-]*[0-9][0-9 ()-]*$",
          description: "teléfono: dígitos, con + delante si es internacional; espacios, guiones y paréntesis permitidos",
        }),
        Type.Null(),
      ]),
    ),
    email: Type.Optional(Type.Union([Type.String({ maxLength: 254, format: "email" }), Type.Null()])),
    address: OptionalText(300),
    city: OptionalText(100),
    isDelinquent: Type.Optional(Type.Boolean()),
    hasCreditBureauFlag: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CustomerInput = Static<typeof CustomerInput>;

export const ProductInput = Type.Object(
  {
    serviceNumber: Text(40),
    kind: literalUnion(PRODUCT_KINDS),
    technology: literalUnion(TECHNOLOGIES),
    plan: Text(120),
    status: literalUnion(PRODUCT_STATUSES),
    withdrawnForNonPayment: Type.Optional(Type.Boolean()),
    monthlyFee: Type.Optional(Type.Union([Type.Number({ minimum: 0 }), Type.Null()])),
    activatedOn: Type.Optional(Type.Union([Type.String({ format: "date" }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type ProductInput = Static<typeof ProductInput>;

export const ClaimInput = Type.Object(
  {
    code: Text(40),
    serviceNumber: Text(40),
    category: Text(80),
    description: OptionalText(2000),
    openedAt: Type.String({ format: "date-time" }),
    resolvedAt: Type.Optional(Type.Union([Type.String({ format: "date-time" }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type ClaimInput = Static<typeof ClaimInput>;

export const BillingInput = Type.Object(
  {
    period: Type.String({ pattern: "^\\d{4}-(0[1-9]|1[0-2])$", description: "Mes facturado, AAAA-MM" }),
    amount: Type.Number({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type BillingInput = Static<typeof BillingInput>;
