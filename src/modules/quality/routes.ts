import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { DateTime } from "luxon";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { PageOf, pageOnlyQuery, pageWindow } from "../../platform/http/paging.js";
import { errorResponses, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { loadTenantCalendar } from "../calendar/index.js";
import { readScorecards, ScorecardsSchema } from "./catalog.js";
import { acknowledgeOwnMonitoring } from "./commands/acknowledge-monitoring.js";
import { monitorCall } from "./commands/monitor-call.js";
import { PERMISSIONS } from "./policy.js";
import { eligibleCallFilters, listEligibleCalls, listMonitorings, type MonitoringRow } from "./queries.js";

const tags = ["quality"];

const MonitoringSchema = Type.Object({
  id: Uuid,
  callId: Uuid,
  callAt: Timestamp,
  phone: Type.String(),
  agentUserId: Uuid,
  agentName: Type.String(),
  scorecardCode: Type.String(),
  answers: Type.Record(Type.String(), Type.Boolean()),
  score: Type.Number(),
  criticalFailed: Type.Boolean(),
  comment: Nullable(Type.String()),
  monitorName: Type.String(),
  monitoredAt: Timestamp,
  acknowledgedAt: Nullable(Timestamp),
  advisorComment: Nullable(Type.String()),
});

const EligibleCallSchema = Type.Object({
  id: Uuid,
  campaignId: Uuid,
  campaignName: Type.String(),
  agentUserId: Uuid,
  agentName: Type.String(),
  customerName: Type.String(),
  phone: Type.String(),
  dialedAt: Timestamp,
  talkSeconds: Type.Integer(),
});

const present = (r: MonitoringRow) => ({
  id: r.id,
  callId: r.call_id,
  callAt: r.dialed_at.toISOString(),
  phone: r.phone,
  agentUserId: r.agent_user_id,
  agentName: r.agent_name,
  scorecardCode: r.scorecard_code,
  answers: r.answers,
  score: Number(r.score),
  criticalFailed: r.critical_failed,
  comment: r.comment,
  monitorName: r.monitor_name,
  monitoredAt: r.monitored_at.toISOString(),
  acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
  advisorComment: r.advisor_comment,
});

/** HTTP of quality monitoring: the scorecards, scoring a call, the lists, the advisor's acknowledgement. */
export async function qualityRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/quality/scorecards",
    {
      config: { permission: PERMISSIONS.monitor },
      schema: {
        tags,
        summary: "Las fichas de monitoreo vigentes: secciones, puntos de control, puntos y puntos críticos",
        response: {
          200: Type.Object({ version: Type.Integer(), scorecards: ScorecardsSchema.properties.scorecards }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) => {
        const catalog = await readScorecards(tx);
        return { version: catalog.version, scorecards: catalog.content.scorecards.filter((c) => !c.retired) };
      }),
  );

  app.get(
    "/api/quality/calls",
    {
      config: { permission: PERMISSIONS.monitor },
      schema: {
        tags,
        summary:
          "Llamadas que se pueden monitorear con una ficha: terminadas, atendidas por un asesor y aún sin monitoreo con esa ficha; las más recientes primero",
        querystring: Type.Object({
          ...pageOnlyQuery,
          scorecardCode: Type.String({ pattern: "^[a-z][a-z0-9_]{0,40}$" }),
          agentUserId: Type.Optional(Uuid),
          campaignId: Type.Optional(Uuid),
          from: Type.Optional(Type.String({ format: "date", description: "Desde este día (inclusive), hora del operador" })),
          to: Type.Optional(Type.String({ format: "date", description: "Hasta este día (inclusive), hora del operador" })),
        }),
        response: {
          200: Type.Object({
            ...PageOf(EligibleCallSchema).properties,
            advisors: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
            campaigns: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) => {
        const { scorecardCode, from, to } = request.query;
        const catalog = await readScorecards(tx);
        if (!catalog.content.scorecards.some((c) => c.code === scorecardCode && !c.retired))
          throw new AppError("VALIDATION_FAILED", `La ficha «${scorecardCode}» no existe`, { field: "scorecardCode" });
        if (from && to && from > to)
          throw new AppError("VALIDATION_FAILED", "La fecha inicial es posterior a la final", { field: "from" });
        const zone = (await loadTenantCalendar(tx)).settings.timezone;
        const day = (d: string) => DateTime.fromISO(d, { zone }).startOf("day");
        const window = pageWindow(request.query);
        const { rows, total } = await listEligibleCalls(tx, {
          scorecardCode,
          agentUserId: request.query.agentUserId ?? null,
          campaignId: request.query.campaignId ?? null,
          from: from ? day(from).toJSDate() : null,
          to: to ? day(to).plus({ days: 1 }).toJSDate() : null,
          limit: window.limit,
          offset: window.offset,
        });
        const filters = await eligibleCallFilters(tx);
        return {
          items: rows.map((r) => ({
            id: r.id,
            campaignId: r.campaign_id,
            campaignName: r.campaign_name,
            agentUserId: r.agent_user_id,
            agentName: r.agent_name,
            customerName: r.customer_name,
            phone: r.phone,
            dialedAt: r.dialed_at.toISOString(),
            talkSeconds: Math.max(0, Math.round((r.ended_at.getTime() - r.bridged_at.getTime()) / 1000)),
          })),
          total,
          page: window.page,
          pageSize: window.pageSize,
          advisors: filters.filter((f) => f.kind === "agent").map((f) => ({ id: f.id, name: f.name })),
          campaigns: filters.filter((f) => f.kind === "campaign").map((f) => ({ id: f.id, name: f.name })),
        };
      }),
  );

  app.post(
    "/api/quality/monitorings",
    {
      config: { permission: PERMISSIONS.monitor },
      schema: {
        tags,
        summary: "Calificar una llamada grabada con una ficha (un punto crítico incumplido deja la nota en cero)",
        body: Type.Object(
          {
            callId: Uuid,
            scorecardCode: Type.String({ pattern: "^[a-z][a-z0-9_]{0,40}$" }),
            answers: Type.Record(Type.String({ pattern: "^[a-z][a-z0-9_]{0,40}$" }), Type.Boolean()),
            comment: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Uuid, score: Type.Number(), criticalFailed: Type.Boolean() }), ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await inTenant(request, (ctx) => monitorCall(request.body, ctx))),
  );

  app.get(
    "/api/quality/monitorings",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "Monitoreos de calidad, los más recientes primero",
        querystring: Type.Object({ ...pageOnlyQuery, agentUserId: Type.Optional(Uuid) }),
        response: { 200: PageOf(MonitoringSchema), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) => {
        const window = pageWindow(request.query);
        const { rows, total } = await listMonitorings(tx, {
          agentUserId: request.query.agentUserId ?? null,
          limit: window.limit,
          offset: window.offset,
        });
        return { items: rows.map(present), total, page: window.page, pageSize: window.pageSize };
      }),
  );

  app.get(
    "/api/quality/my-monitorings",
    {
      config: { permission: PERMISSIONS.own },
      schema: {
        tags,
        summary: "Los monitoreos de calidad del asesor que consulta",
        querystring: Type.Object(pageOnlyQuery),
        response: { 200: PageOf(MonitoringSchema), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx, actor }) => {
        const window = pageWindow(request.query);
        const { rows, total } = await listMonitorings(tx, {
          agentUserId: actor.userId,
          limit: window.limit,
          offset: window.offset,
        });
        return { items: rows.map(present), total, page: window.page, pageSize: window.pageSize };
      }),
  );

  app.post(
    "/api/quality/monitorings/:id/acknowledge",
    {
      config: { permission: PERMISSIONS.own },
      schema: {
        tags,
        summary: "El asesor da por leído su monitoreo, con un comentario opcional",
        params: Type.Object({ id: Uuid }),
        body: Type.Object(
          { comment: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ id: Uuid, acknowledgedAt: Timestamp }), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, (ctx) =>
        acknowledgeOwnMonitoring({ monitoringId: request.params.id, comment: request.body.comment }, ctx),
      ),
  );
}
