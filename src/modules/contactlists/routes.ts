import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { errorResponses, Uuid } from "../../platform/http/schemas.js";
import { createOutboundCampaign } from "./commands/create-outbound-campaign.js";
import { PERMISSIONS } from "./policy.js";
import { presentCampaign, presentRecord } from "./presenter.js";
import { findOutboundCampaign, listContactRecords, listOutboundCampaigns } from "./queries.js";
import { ContactRecord, CreateCampaignBody, OutboundCampaign } from "./schemas.js";

const tags = ["outbound-campaigns"];

export async function contactListRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/outbound/campaigns",
    {
      config: { permission: PERMISSIONS.manage },
      schema: {
        tags,
        summary: "Campañas de salida del operador",
        response: { 200: Type.Object({ items: Type.Array(OutboundCampaign) }), ...errorResponses },
      },
    },
    async (request) => inTenant(request, async ({ tx }) => ({ items: (await listOutboundCampaigns(tx)).map(presentCampaign) })),
  );

  app.post(
    "/api/outbound/campaigns",
    {
      config: { permission: PERMISSIONS.manage },
      schema: {
        tags,
        summary:
          "Crear una campaña de salida con su política de contacto (co, ec, bo…) y su modo de marcación; sus bases se cargan por /api/imports?kind=contact_lists",
        body: CreateCampaignBody,
        response: { 201: OutboundCampaign, ...errorResponses },
      },
    },
    async (request, reply) => {
      const campaign = await inTenant(request, async (ctx) => {
        const id = await createOutboundCampaign(request.body, ctx);
        return presentCampaign((await findOutboundCampaign(ctx.tx, id))!);
      });
      return reply.status(201).send(campaign);
    },
  );

  app.get(
    "/api/outbound/campaigns/:id/records",
    {
      config: { permission: PERMISSIONS.manage },
      schema: {
        tags,
        summary: "Registros de las bases de una campaña, por prioridad (de un tipo de base si se indica)",
        params: Type.Object({ id: Uuid }),
        querystring: Type.Object({
          listType: Type.Optional(Type.String({ maxLength: 60 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
        }),
        response: { 200: Type.Object({ items: Type.Array(ContactRecord) }), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) => {
        if (!(await findOutboundCampaign(tx, request.params.id)))
          throw new AppError("NOT_FOUND", "Campaña de salida no encontrada");
        const rows = await listContactRecords(tx, request.params.id, {
          listType: request.query.listType,
          limit: request.query.limit ?? 200,
        });
        return { items: rows.map(presentRecord) };
      }),
  );
}
