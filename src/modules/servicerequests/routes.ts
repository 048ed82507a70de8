import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { errorResponses, Uuid } from "../../platform/http/schemas.js";
import { attendTicket } from "./commands/attend-ticket.js";
import { keyServiceRequest } from "./commands/key-service-request.js";
import { keyZoningCorrection } from "./commands/key-zoning-correction.js";
import { receiveZoningForm } from "./commands/receive-zoning-form.js";
import { recordFormChange } from "./commands/record-form-change.js";
import { sendZoningReport } from "./commands/send-zoning-report.js";
import { takeRequestStep } from "./commands/take-request-step.js";
import { SERVICE_REQUEST_PERMISSIONS as P } from "./policy.js";
import {
  presentBillingReport,
  presentBoardTicket,
  presentNextSteps,
  presentRequestListItem,
  presentServiceRequest,
  presentTicket,
  presentZoningForm,
} from "./presenter.js";
import {
  countProbableAnnulments,
  findRequestListRow,
  listBillingReports,
  listBoardTickets,
  listProbableAnnulments,
  listServiceRequests,
  listTicketsWithDeadline,
  listZoneReferences,
  readBillingReportFile,
  readRequestFacts,
  summarizeBoard,
} from "./queries.js";
import { zoneReferencesGeoJson } from "./rules.js";
import {
  AttendBody,
  BillingReport,
  Board,
  KeyRequestBody,
  Month,
  RequestDetail,
  RequestListItem,
  RequestStatus,
  RequestStep,
  ServiceRequest,
  StepBody,
  Ticket,
  TicketArea,
  TicketTeam,
  ZoningForm,
  ZoningFormBody,
} from "./schemas.js";

const tags = ["service-requests"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
};

export async function serviceRequestRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  const detail = async (ctx: Parameters<Parameters<typeof inTenant>[1]>[0], id: string) => {
    const row = await findRequestListRow(ctx.tx, id);
    if (!row) throw new AppError("NOT_FOUND", "Solicitud de servicio no encontrada");
    const tickets = await listTicketsWithDeadline(ctx.tx, id);
    const facts = await readRequestFacts(ctx.tx, id, ctx.now);
    return {
      request: presentRequestListItem(row),
      tickets: tickets.map((t) => presentTicket(t, ctx.now)),
      nextSteps: presentNextSteps(row, ctx.actor.roles, facts),
    };
  };

  app.get(
    "/api/service-requests",
    {
      config: { permission: P.read },
      schema: {
        tags,
        summary: "Solicitudes de servicio (instalación, traslado, migración), la más reciente primero",
        querystring: Type.Object({
          status: Type.Optional(RequestStatus),
          zone: Type.Optional(Type.String({ maxLength: 80 })),
          search: Type.Optional(Type.String({ maxLength: 100 })),
          ...Paging,
        }),
        response: { 200: Type.Array(RequestListItem), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) =>
        (
          await listServiceRequests(tx, { ...request.query, limit: request.query.limit ?? 50, offset: request.query.offset ?? 0 })
        ).map(presentRequestListItem),
      ),
  );

  app.post(
    "/api/service-requests",
    {
      config: { permission: P.key },
      schema: {
        tags,
        summary: "Digitar una solicitud de servicio (paso 1) o su re-digitación (19.2), con su orden de trabajo",
        body: KeyRequestBody,
        response: { 201: ServiceRequest, ...errorResponses },
      },
    },
    async (request, reply) => {
      const keyed = await inTenant(request, (ctx) => keyServiceRequest(request.body, ctx));
      return reply.code(201).send(presentServiceRequest(keyed.request));
    },
  );

  app.get(
    "/api/service-requests/board",
    {
      config: { permission: P.read },
      schema: {
        tags,
        summary: "Tablero de control (paso 5): servicios de ingeniería abiertos y probables anulaciones, por área, equipo y zona",
        querystring: Type.Object({
          area: Type.Optional(TicketArea),
          team: Type.Optional(TicketTeam),
          zone: Type.Optional(Type.String({ maxLength: 80 })),
          phase: Type.Optional(Type.Union([Type.Literal("on_time"), Type.Literal("at_risk"), Type.Literal("breached")])),
          ...Paging,
        }),
        response: { 200: Board, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx, now }) => {
        const { limit = 50, offset = 0, ...filter } = request.query;
        const [tickets, groups, probable, probableCount] = [
          await listBoardTickets(tx, { ...filter, limit, offset }, now),
          await summarizeBoard(tx, filter, now),
          await listProbableAnnulments(tx, 50),
          await countProbableAnnulments(tx),
        ];
        const total = groups.find((g) => g.dimension === "total");
        return {
          total: {
            open: total?.open ?? 0,
            atRisk: total?.at_risk ?? 0,
            breached: total?.breached ?? 0,
            probableAnnulments: probableCount,
          },
          groups: groups
            .filter((g) => g.dimension !== "total")
            .map((g) => ({
              dimension: g.dimension as "area" | "team" | "zone",
              value: g.value,
              open: g.open,
              atRisk: g.at_risk,
              breached: g.breached,
            })),
          tickets: tickets.map((t) => presentBoardTicket(t, now)),
          probable: probable.map(presentRequestListItem),
          page: { limit, offset },
        };
      }),
  );

  app.get(
    "/api/service-requests/zone-references.geojson",
    {
      config: { permission: P.read },
      schema: {
        tags,
        summary: "Zonas, puntos de referencia, calles y cajas aprendidas (3.3) como GeoJSON para la capa del mapa (QGis)",
        querystring: Type.Object({ zone: Type.Optional(Type.String({ maxLength: 80 })) }),
        response: {
          200: Type.Object({ type: Type.Literal("FeatureCollection"), features: Type.Array(Type.Unknown()) }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const references = await inTenant(request, ({ tx }) => listZoneReferences(tx, request.query.zone));
      return reply.type("application/geo+json").send(zoneReferencesGeoJson(references));
    },
  );

  app.get(
    "/api/service-requests/:id",
    {
      config: { permission: P.read },
      schema: {
        tags,
        summary: "Una solicitud con sus servicios de ingeniería y los pasos que el usuario puede dar",
        params: Type.Object({ id: Uuid }),
        response: { 200: RequestDetail, ...errorResponses },
      },
    },
    async (request) => inTenant(request, (ctx) => detail(ctx, request.params.id)),
  );

  app.post(
    "/api/service-requests/:id/steps/:step",
    {
      config: { permission: P.work },
      schema: {
        tags,
        summary: "Dar un paso del procedimiento (detecta, direcciona, asigna, anula…) según el rol",
        params: Type.Object({ id: Uuid, step: RequestStep }),
        body: StepBody,
        response: { 200: RequestDetail, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        await takeRequestStep(request.params.id, request.params.step, request.body, ctx);
        return detail(ctx, request.params.id);
      }),
  );

  app.post(
    "/api/service-requests/:id/form-change",
    {
      config: { permission: P.key },
      schema: {
        tags,
        summary: "Digitar una modificación de forma (equipos) una vez ejecutada la orden (19.1)",
        params: Type.Object({ id: Uuid }),
        body: Type.Object(
          {
            equipment: Type.String({ minLength: 1, maxLength: 300 }),
            observation: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: RequestDetail, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        await recordFormChange(request.params.id, request.body, ctx);
        return detail(ctx, request.params.id);
      }),
  );

  app.post(
    "/api/engineering-tickets/:id/attend",
    {
      config: { permission: P.work },
      schema: {
        tags,
        summary: "Cerrar un servicio de ingeniería como atendido (4.2), con la modificación digitada",
        params: Type.Object({ id: Uuid }),
        body: AttendBody,
        response: { 200: Ticket, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const ticket = await attendTicket(request.params.id, request.body, ctx);
        const rows = ticket.request_id ? await listTicketsWithDeadline(ctx.tx, ticket.request_id) : [];
        const row = rows.find((t) => t.id === ticket.id)!;
        return presentTicket(row, ctx.now);
      }),
  );

  app.post(
    "/api/service-requests/:id/zoning-form",
    {
      config: { permission: P.work },
      schema: {
        tags,
        summary: "Recibir el formulario de zonificación de una orden ya ejecutada (20.1–20.2)",
        params: Type.Object({ id: Uuid }),
        body: ZoningFormBody,
        response: { 201: ZoningForm, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { form, tickets } = await inTenant(request, (ctx) => receiveZoningForm(request.params.id, request.body, ctx));
      return reply.code(201).send(
        presentZoningForm(
          form,
          tickets.map((t) => Number(t.number)),
        ),
      );
    },
  );

  app.post(
    "/api/zoning-forms/:id/correction",
    {
      config: { permission: P.work },
      schema: {
        tags,
        summary: "Digitar la zonificación en el sistema (20.3)",
        params: Type.Object({ id: Uuid }),
        response: { 200: ZoningForm, ...errorResponses },
      },
    },
    async (request) => presentZoningForm(await inTenant(request, (ctx) => keyZoningCorrection(request.params.id, ctx)), []),
  );

  app.get(
    "/api/zoning-reports",
    {
      config: { permission: P.read },
      schema: {
        tags,
        summary: "Planillas de zonificación remitidas a facturación, por mes y versión",
        querystring: Type.Object({ month: Type.Optional(Month) }),
        response: { 200: Type.Array(BillingReport), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) => (await listBillingReports(tx, request.query.month)).map(presentBillingReport)),
  );

  app.post(
    "/api/zoning-reports/:month/send",
    {
      config: { permission: P.bill },
      schema: {
        tags,
        summary: "Remitir a facturación los casos de zonificación del mes (21), como nueva versión",
        params: Type.Object({ month: Month }),
        response: { 200: BillingReport, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const { report } = await sendZoningReport(request.params.month, ctx);
        return presentBillingReport({ ...report, outbound_status: "pending" });
      }),
  );

  app.get(
    "/api/zoning-reports/:month/:version/file",
    {
      config: { permission: P.read },
      schema: {
        tags,
        summary: "La planilla .xlsx tal como se remitió en esa versión",
        params: Type.Object({ month: Month, version: Type.Integer({ minimum: 1 }) }),
        response: { 200: Type.String({ format: "binary" }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await inTenant(request, ({ tx }) => readBillingReportFile(tx, request.params.month, request.params.version));
      if (!file) throw new AppError("NOT_FOUND", "No hay esa versión de la planilla");
      return reply
        .type(XLSX)
        .header(
          "content-disposition",
          `attachment; filename="zonificacion-${request.params.month}-v${request.params.version}.xlsx"`,
        )
        .send(file);
    },
  );
}
