import { type Static, Type } from "@sinclair/typebox";

/**
 * The list types of the outbound campaigns (catalog kind `contact_list_types`, scope `default`): the seed's five
 * and any the operator adds, each with the legal basis the operator chose for it (what the contact policy's
 * exemptions are keyed by: "commercial", "requested_information", …).
 */
export const ListType = Type.Object(
  {
    code: Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,60}$" }),
    name: Type.String({ minLength: 1, maxLength: 120 }),
    description: Type.String({ maxLength: 1000 }),
    legalBasis: Type.String({ pattern: "^[a-z_]{1,40}$" }),
    retired: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ListType = Static<typeof ListType>;

export const ListTypesCatalog = Type.Object({ types: Type.Array(ListType, { minItems: 1 }) }, { additionalProperties: false });
export type ListTypesCatalog = Static<typeof ListTypesCatalog>;
