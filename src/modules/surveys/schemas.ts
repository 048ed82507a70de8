import { type Static, Type } from "@sinclair/typebox";

const Score = Type.Integer({ minimum: 0, maximum: 10 });

/** One answered survey, the same shape from the survey tool's file and from its webhook. */
export const SurveyInput = Type.Object(
  {
    externalId: Type.String({ minLength: 1, maxLength: 80, description: "El id de la encuesta en la herramienta de encuestas" }),
    answeredAt: Type.String({ format: "date-time" }),
    agentEmail: Type.String({ minLength: 3, maxLength: 200, description: "El correo del asesor que atendió" }),
    campaign: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    npsScore: Score,
    advisorScore: Type.Optional(Score),
    comment: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type SurveyInput = Static<typeof SurveyInput>;

export const SurveyReceived = Type.Object({
  externalId: Type.String(),
  status: Type.Union([Type.Literal("created"), Type.Literal("updated"), Type.Literal("unchanged")]),
});
