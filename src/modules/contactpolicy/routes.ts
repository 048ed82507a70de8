import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { inTenant } from "../../platform/http/in-tenant.js";
import { errorResponses } from "../../platform/http/schemas.js";
import { PERMISSIONS } from "./policy.js";
import { listPolicyBlocks } from "./queries.js";

const Block = Type.Object({
  blockedAt: Type.String({ format: "date-time" }),
  campaignId: Type.Union([Type.String(), Type.Null()]),
  customerId: Type.Union([Type.String(), Type.Null()]),
  customerName: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  channel: Type.String(),
  rule: Type.String({ description: "La regla que bloqueó el intento (p. ej. outside_hours, daily_contact, rne)" }),
  message: Type.String(),
  policyScope: Type.String(),
  policyVersion: Type.Integer(),
});

export async function contactPolicyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/api/contact-policy/blocks",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags: ["contact-policy"],
        summary: "Intentos de contacto bloqueados por la política de contacto, con la regla que los bloqueó",
        querystring: Type.Object({
          campaignId: Type.Optional(Type.String({ format: "uuid" })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
        }),
        response: { 200: Type.Object({ items: Type.Array(Block) }), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) => {
        const rows = await listPolicyBlocks(tx, request.query.campaignId ?? null, request.query.limit ?? 100);
        return {
          items: rows.map((r) => ({
            blockedAt: r.blocked_at.toISOString(),
            campaignId: r.campaign_id,
            customerId: r.customer_id,
            customerName: r.customer_name,
            phone: r.phone,
            channel: r.channel,
            rule: r.rule,
            message: r.message,
            policyScope: r.policy_scope,
            policyVersion: r.policy_version,
          })),
        };
      }),
  );
}
