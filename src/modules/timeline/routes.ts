import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { errorResponses, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { type EventRow, listCustomerEvents, listSubjectEvents, subjectExists } from "./queries.js";

export const TimelineEvent = Type.Object({
  id: Type.Integer(),
  occurredAt: Timestamp,
  actorUserId: Nullable(Uuid),
  actorName: Nullable(Type.String()),
  actorRole: Type.String(),
  subjectType: Type.String(),
  subjectId: Type.String(),
  customerId: Nullable(Uuid),
  action: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
  reason: Nullable(Type.String()),
});

const Page = Type.Object({ events: Type.Array(TimelineEvent), nextBefore: Nullable(Type.Integer()) });
const PageQuery = Type.Object({
  before: Type.Optional(Type.Integer({ minimum: 1 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});

export function presentEvent(row: EventRow) {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    customerId: row.customer_id,
    action: row.action,
    before: row.before,
    after: row.after,
    reason: row.reason,
  };
}

function page(rows: EventRow[], limit: number) {
  return { events: rows.map(presentEvent), nextBefore: rows.length === limit ? (rows.at(-1)?.id ?? null) : null };
}

export async function timelineRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/timeline/:subjectType/:subjectId",
    {
      config: { permission: "timeline:read" },
      schema: {
        tags: ["timeline"],
        summary: "Historial de un sujeto (caso, orden, usuario, importación…), del más reciente al más antiguo",
        params: Type.Object({
          subjectType: Type.String({ pattern: "^[a-z_]{1,40}$" }),
          subjectId: Type.String({ minLength: 1, maxLength: 100 }),
        }),
        querystring: PageQuery,
        response: { 200: Page, ...errorResponses },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const { subjectType, subjectId } = request.params;
      const rows = await inTenant(request, async ({ tx }) => {
        if (!(await subjectExists(tx, subjectType, subjectId))) throw new AppError("NOT_FOUND", "Sujeto no encontrado");
        return listSubjectEvents(tx, subjectType, subjectId, request.query.before ?? null, limit);
      });
      return page(rows, limit);
    },
  );

  app.get(
    "/api/customers/:id/timeline",
    {
      config: { permission: "timeline:read" },
      schema: {
        tags: ["timeline"],
        summary: "Historial completo de un cliente y de todo lo suyo",
        params: Type.Object({ id: Uuid }),
        querystring: PageQuery,
        response: { 200: Page, ...errorResponses },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const rows = await inTenant(request, async ({ tx }) => {
        if (!(await subjectExists(tx, "customer", request.params.id))) throw new AppError("NOT_FOUND", "Cliente no encontrado");
        return listCustomerEvents(tx, request.params.id, request.query.before ?? null, limit);
      });
      return page(rows, limit);
    },
  );
}
