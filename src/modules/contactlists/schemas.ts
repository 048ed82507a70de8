import { Type } from "@sinclair/typebox";

const Code = Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,60}$" });
const Phone = Type.String({ pattern: "^\\+?[0-9]{3,20}$" });

/** One row of a contact list: a customer of a campaign's list, what the list says, its offers and phones. */
export const ContactListRowInput = Type.Object(
  {
    campaign: Code,
    listType: Code,
    customerCode: Type.String({ minLength: 1, maxLength: 60 }),
    reason: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
    offers: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 20 })),
    phones: Type.Array(Phone, { minItems: 1, maxItems: 10 }),
    references: Type.Optional(Type.Array(Phone, { maxItems: 10 })),
    priority: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 99 }), Type.Null()])),
    validFrom: Type.Optional(Type.Union([Type.String({ format: "date" }), Type.Null()])),
    validUntil: Type.Optional(Type.Union([Type.String({ format: "date" }), Type.Null()])),
    channels: Type.Optional(
      Type.Union([
        Type.Array(
          Type.Union([
            Type.Literal("call"),
            Type.Literal("sms"),
            Type.Literal("email"),
            Type.Literal("whatsapp"),
            Type.Literal("app"),
          ]),
        ),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: false },
);

export const CreateCampaignBody = Type.Object(
  {
    code: Code,
    name: Type.String({ minLength: 1, maxLength: 120 }),
    policyScope: Type.String({
      pattern: "^[a-z0-9][a-z0-9_-]{0,60}$",
      description: "Preset de política de contacto: co, ec, bo…",
    }),
    pacingMode: Type.Optional(Type.Union([Type.Literal("preview"), Type.Literal("progressive"), Type.Literal("predictive")])),
  },
  { additionalProperties: false },
);

export const OutboundCampaign = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  policyScope: Type.String(),
  pacingMode: Type.String(),
  dialLevel: Type.Number(),
  isActive: Type.Boolean(),
});

export const ContactRecord = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  customerCode: Type.String(),
  customerName: Type.String(),
  listType: Type.String(),
  reason: Type.String(),
  offers: Type.Array(Type.String()),
  priority: Type.Integer(),
  validFrom: Type.Union([Type.String(), Type.Null()]),
  validUntil: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  attempts: Type.Integer(),
  phones: Type.Array(Type.Object({ phone: Type.String(), kind: Type.String(), position: Type.Integer() })),
  closure: Type.Union([Type.String(), Type.Null()]),
  callbackAt: Type.Union([Type.String(), Type.Null()]),
});
