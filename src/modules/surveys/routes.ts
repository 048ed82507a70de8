import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { inTenant } from "../../platform/http/in-tenant.js";
import { errorResponses } from "../../platform/http/schemas.js";
import { receiveSurveys } from "./commands/receive-surveys.js";
import { PERMISSIONS } from "./policy.js";
import { SurveyInput } from "./schemas.js";

const ReceivedSurveys = Type.Object({ created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() });

/** HTTP of the surveys: the survey tool's webhook (its file goes through the generic import, kind «surveys»). */
export async function surveyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    "/api/surveys/webhook",
    {
      config: { permission: PERMISSIONS.receive },
      schema: {
        tags: ["surveys"],
        summary:
          "Encuestas respondidas enviadas por la herramienta de encuestas (token de API con el permiso surveys:receive); reenviar la misma encuesta no la duplica",
        body: Type.Object({ surveys: Type.Array(SurveyInput, { minItems: 1, maxItems: 500 }) }, { additionalProperties: false }),
        response: { 200: ReceivedSurveys, ...errorResponses },
      },
    },
    async (request) => inTenant(request, (ctx) => receiveSurveys(request.body.surveys, ctx)),
  );
}
