import { type Static, Type } from "@sinclair/typebox";
import { literals } from "../../platform/http/schemas.js";

const Code = Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,60}$" });
const Name = Type.String({ minLength: 1, maxLength: 200 });

/**
 * The disposition tree of one list type (catalog kind `outbound_dispositions`, scope = the list type's code): groups,
 * like seed 003's states, holding the dispositions an advisor may record, like its motives. Each disposition says
 * whether it resolves at first contact or opens a case. A disposition already recorded is retired, never removed.
 */
export const OutboundDisposition = Type.Object(
  {
    code: Code,
    name: Name,
    resolution: literals(["first_contact", "case"] as const),
    retired: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const OutboundDispositionTree = Type.Object(
  {
    groups: Type.Array(
      Type.Object(
        {
          code: Code,
          name: Name,
          retired: Type.Optional(Type.Boolean()),
          dispositions: Type.Array(OutboundDisposition, { minItems: 1 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
);
export type OutboundDispositionTree = Static<typeof OutboundDispositionTree>;
export type OutboundDisposition = Static<typeof OutboundDisposition>;
