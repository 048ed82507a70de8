import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { inTenant } from "../../platform/http/in-tenant.js";
import { PageOf, pageOnlyQuery, pageWindow } from "../../platform/http/paging.js";
import { errorResponses, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { retryOutbound } from "./commands/retry-outbound.js";
import { updateIntegrationSettings } from "./commands/update-integration-settings.js";
import { presentOutbound } from "./presenter.js";
import { countOutbound, listIntegrationSettings, listOutbound } from "./queries.js";
import { ADAPTER_NAMES, ADAPTERS, type AdapterName } from "./rules.js";

const Adapter = Type.Union(ADAPTERS.map((a) => Type.Literal(a)));
const Status = Type.Union([Type.Literal("pending"), Type.Literal("sent"), Type.Literal("failed")]);

const OutboundMessage = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  adapter: Type.String(),
  adapterName: Type.String(),
  operation: Type.String(),
  idempotencyKey: Type.String(),
  subjectType: Type.String(),
  subjectId: Type.String(),
  customerId: Nullable(Uuid),
  payload: Type.Unknown(),
  status: Status,
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  nextAttemptAt: Nullable(Timestamp),
  reference: Nullable(Type.String({ description: "La referencia que dio el sistema externo (radicado, número de orden …)" })),
  response: Type.Unknown(),
  createdAt: Timestamp,
  sentAt: Nullable(Timestamp),
  failedAt: Nullable(Timestamp),
});

const Settings = Type.Object({
  adapter: Type.String(),
  name: Type.String(),
  mode: Type.Union([Type.Literal("simulator"), Type.Literal("webhook")]),
  url: Nullable(Type.String()),
  hasSecret: Type.Boolean(),
  updatedAt: Nullable(Timestamp),
});

export async function integrationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/outbound",
    {
      config: { permission: "integrations:read" },
      schema: {
        tags: ["integrations"],
        summary: "Mensajes a sistemas externos (facturación, órdenes de trabajo, activaciones) y su entrega",
        querystring: Type.Object({
          subjectType: Type.Optional(Type.String({ maxLength: 40 })),
          subjectId: Type.Optional(Type.String({ maxLength: 100 })),
          status: Type.Optional(Status),
          adapter: Type.Optional(Adapter),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
          ...pageOnlyQuery,
        }),
        description: "Con page o pageSize responde {items, total, page, pageSize}; sin ellos, la lista (hasta limit).",
        response: { 200: Type.Union([PageOf(OutboundMessage), Type.Array(OutboundMessage)]), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, limit, ...filter } = request.query;
      if (page !== undefined || pageSize !== undefined) {
        const window = pageWindow({ page, pageSize });
        return inTenant(request, async ({ tx }) => {
          const rows = await listOutbound(tx, { ...filter, limit: window.limit, offset: window.offset });
          const total = await countOutbound(tx, filter);
          return { items: rows.map(presentOutbound), total, page: window.page, pageSize: window.pageSize };
        });
      }
      const rows = await inTenant(request, ({ tx }) => listOutbound(tx, { ...filter, limit: limit ?? 100 }));
      return rows.map(presentOutbound);
    },
  );

  app.post(
    "/api/outbound/:id/retry",
    {
      config: { permission: "integrations:manage" },
      schema: {
        tags: ["integrations"],
        summary: "Reintentar la entrega de un mensaje fallido",
        params: Type.Object({ id: Uuid }),
        response: { 200: OutboundMessage, ...errorResponses },
      },
    },
    async (request) => presentOutbound(await inTenant(request, (ctx) => retryOutbound(request.params.id, ctx))),
  );

  const readSettings = (request: Parameters<typeof inTenant>[0]) =>
    inTenant(request, async ({ tx }) => {
      const stored = new Map((await listIntegrationSettings(tx)).map((row) => [row.adapter, row]));
      return ADAPTERS.map((adapter) => {
        const row = stored.get(adapter);
        return {
          adapter,
          name: ADAPTER_NAMES[adapter],
          mode: row?.mode ?? ("simulator" as const),
          url: row?.url ?? null,
          hasSecret: Boolean(row?.secret),
          updatedAt: row?.updated_at.toISOString() ?? null,
        };
      });
    });

  app.get(
    "/api/integrations",
    {
      config: { permission: "integrations:manage" },
      schema: {
        tags: ["integrations"],
        summary: "Cómo se entrega a cada sistema externo: simulador o webhook",
        response: { 200: Type.Array(Settings), ...errorResponses },
      },
    },
    async (request) => readSettings(request),
  );

  app.put(
    "/api/integrations/:adapter",
    {
      config: { permission: "integrations:manage" },
      schema: {
        tags: ["integrations"],
        summary: "Configurar un sistema externo (simulador o webhook con firma HMAC)",
        params: Type.Object({ adapter: Adapter }),
        body: Type.Object(
          {
            mode: Type.Union([Type.Literal("simulator"), Type.Literal("webhook")]),
            url: Type.Optional(Nullable(Type.String({ pattern: "^https?://", maxLength: 500 }))),
            secret: Type.Optional(Nullable(Type.String({ minLength: 16, maxLength: 200 }))),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(Settings), ...errorResponses },
      },
    },
    async (request) => {
      await inTenant(request, (ctx) => updateIntegrationSettings(request.params.adapter as AdapterName, request.body, ctx));
      return readSettings(request);
    },
  );
}
