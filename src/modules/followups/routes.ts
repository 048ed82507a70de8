import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { inTenant } from "../../platform/http/in-tenant.js";
import { PageOf, pageOnlyQuery, pageWindow } from "../../platform/http/paging.js";
import { errorResponses, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { completeFollowUp } from "./commands/complete-follow-up.js";
import { presentFollowUp, presentWorklistItem } from "./presenter.js";
import { listWorklist } from "./queries.js";

const Kind = Type.Union([
  Type.Literal("quality_control"),
  Type.Literal("repeated_damage_check"),
  Type.Literal("promotion_ending"),
]);

export const FollowUp = Type.Object({
  id: Uuid,
  kind: Kind,
  label: Type.String(),
  role: Type.String(),
  subjectType: Type.String(),
  subjectId: Uuid,
  customerId: Uuid,
  productId: Nullable(Uuid),
  caseId: Nullable(Uuid),
  dueAt: Timestamp,
  since: Timestamp,
  status: Type.Union([Type.Literal("pending"), Type.Literal("done")]),
  outcome: Nullable(Type.Object({}, { additionalProperties: true })),
  doneAt: Nullable(Timestamp),
  questions: Type.Array(Type.Object({ key: Type.String(), label: Type.String() })),
});

const WorklistItem = Type.Object({
  ...FollowUp.properties,
  customerCode: Type.String(),
  customerName: Type.String(),
  customerPhone: Nullable(Type.String()),
  serviceNumber: Nullable(Type.String()),
  doneByName: Nullable(Type.String()),
  measured: Nullable(Type.Object({ stillCustomer: Type.Boolean(), newClaimCodes: Type.Array(Type.String()) })),
});

export const FollowUpAnswers = Type.Object(
  {
    serviceWorking: Type.Optional(Type.Boolean()),
    customerSatisfied: Type.Optional(Type.Boolean()),
    damageSolved: Type.Optional(Type.Boolean()),
    customerStays: Type.Optional(Type.Boolean()),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export async function followUpRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/follow-ups",
    {
      config: { permission: "followups:work" },
      schema: {
        tags: ["follow-ups"],
        summary: "Seguimientos de los equipos del usuario: vencidos (para hacer ya), próximos o realizados",
        querystring: Type.Object({
          scope: Type.Optional(
            Type.Union([Type.Literal("due"), Type.Literal("upcoming"), Type.Literal("done")], { default: "due" }),
          ),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
          ...pageOnlyQuery,
        }),
        description: "Con page o pageSize responde {items, total, page, pageSize}; sin ellos, la lista (hasta limit).",
        response: { 200: Type.Union([PageOf(WorklistItem), Type.Array(WorklistItem)]), ...errorResponses },
      },
    },
    async (request) => {
      const { scope, limit, page, pageSize } = request.query;
      const paged = page !== undefined || pageSize !== undefined;
      const window = paged ? pageWindow({ page, pageSize }) : { limit: limit ?? 100, offset: 0, page: 1, pageSize: limit ?? 100 };
      const { rows, total } = await inTenant(request, ({ tx, actor, now }) =>
        listWorklist(tx, { roles: actor.roles, scope: scope ?? "due", now, limit: window.limit, offset: window.offset }),
      );
      if (!paged) return rows.map(presentWorklistItem);
      return {
        items: rows.map(presentWorklistItem),
        total,
        page: window.page,
        pageSize: window.pageSize,
      };
    },
  );

  app.post(
    "/api/follow-ups/:id/complete",
    {
      config: { permission: "followups:work" },
      schema: {
        tags: ["follow-ups"],
        summary: "Registrar el resultado de un seguimiento (control de calidad, daño reiterado, fin de promoción)",
        params: Type.Object({ id: Uuid }),
        body: FollowUpAnswers,
        response: { 200: FollowUp, ...errorResponses },
      },
    },
    async (request) => presentFollowUp(await inTenant(request, (ctx) => completeFollowUp(request.params.id, request.body, ctx))),
  );
}
