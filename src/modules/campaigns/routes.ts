import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { inTenant } from "../../platform/http/in-tenant.js";
import { errorResponses, Nullable } from "../../platform/http/schemas.js";
import {
  BENEFITS_KIND,
  BenefitSchema,
  type BenefitsCatalog,
  CampaignCode,
  MotiveFieldSchema,
  PERMISSIONS,
  readCampaignCatalog,
} from "../cancellations/index.js";
import { readCatalog } from "../catalogs/index.js";
import { DeadlineRuleSchema } from "../deadlines/index.js";
import { campaignAging } from "./aging.js";
import { presentCampaign } from "./presenter.js";
import { listCampaignScopes } from "./queries.js";
import { campaignWorkbookRoutes } from "./workbook-routes.js";

const tags = ["campaigns"];
const Ref = Type.Object({ state: Type.String(), motive: Type.String() });

const Campaign = Type.Object({
  code: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  catalogVersion: Type.Integer(),
  notes: Type.Object({ company: Type.String(), maxLength: Type.Integer() }),
  contactPolicy: Type.Object({
    maxUnansweredAttempts: Type.Integer(),
    retryAfter: DeadlineRuleSchema,
    noAnswer: Ref,
    handOff: Ref,
  }),
  callbacks: Type.Object({ returnToPoolAfterMinutes: Type.Integer() }),
  queues: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
  states: Type.Array(
    Type.Object({
      code: Type.String(),
      label: Type.String(),
      type: Type.String(),
      outcome: Nullable(Type.String()),
      queue: Nullable(Type.String()),
      unavailableReason: Nullable(Type.String()),
      motives: Type.Array(
        Type.Object({
          code: Type.String(),
          label: Type.String(),
          group: Nullable(Type.String()),
          closing: Nullable(Type.Object({ action: Type.String(), deadline: DeadlineRuleSchema })),
          fields: Type.Array(MotiveFieldSchema),
          maxNoteLength: Type.Integer(),
          isAutomatic: Type.Boolean({ description: "Lo registra el sistema al anotar intentos sin respuesta" }),
        }),
      ),
    }),
  ),
  benefits: Nullable(
    Type.Object({ scope: Type.String(), version: Type.Integer(), firstMonth: Type.String(), items: Type.Array(BenefitSchema) }),
  ),
});

const Key = {
  grain: Type.Union([Type.Literal("total"), Type.Literal("advisor")]),
  advisorId: Nullable(Type.String()),
  advisorName: Nullable(Type.String()),
  day: Nullable(Type.String({ description: "AAAA-MM-DD, día del operador" })),
};

const Aging = Type.Object({
  ...Key,
  cases: Type.Integer(),
  pending: Type.Integer(),
  buckets: Type.Object({
    underOneDay: Type.Integer(),
    oneToThree: Type.Integer(),
    threeToFive: Type.Integer(),
    overFive: Type.Integer(),
  }),
  pendingClosingBreached: Type.Integer(),
  oldestDays: Type.Number(),
});

export async function campaignRoutes(fastify: FastifyInstance) {
  await fastify.register(campaignWorkbookRoutes);
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/campaigns",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "Campañas del operador (cada una es un catálogo de tipificaciones)",
        response: {
          200: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), catalogVersion: Type.Integer() })),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      (await inTenant(request, ({ tx }) => listCampaignScopes(tx))).map((row) => ({
        code: row.scope,
        name: row.name,
        catalogVersion: row.version,
      })),
  );

  app.get(
    "/api/campaigns/:campaign",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "Una campaña con sus estados, motivos, campos y beneficios vigentes (el formulario de tipificación)",
        params: Type.Object({ campaign: CampaignCode }),
        response: { 200: Campaign, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) => {
        const catalog = await readCampaignCatalog(tx, request.params.campaign);
        const benefits = await readCatalog<BenefitsCatalog>(tx, BENEFITS_KIND, catalog.content.benefitsScope).catch(() => null);
        return presentCampaign(catalog, benefits);
      }),
  );

  app.get(
    "/api/campaigns/:campaign/aging",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary:
          "Antigüedad de lo pendiente ahora: los casos abiertos de la campaña por días desde la queja, en total y por asesor (o en el grupo)",
        params: Type.Object({ campaign: CampaignCode }),
        response: { 200: Type.Array(Aging), ...errorResponses },
      },
    },
    async (request) => inTenant(request, ({ tx, now }) => campaignAging(tx, request.params.campaign, now)),
  );
}
