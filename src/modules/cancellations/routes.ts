import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { inTenant } from "../../platform/http/in-tenant.js";
import { pageWindow } from "../../platform/http/paging.js";
import { errorResponses, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { DeadlineRuleSchema } from "../deadlines/index.js";
import { previewNote } from "./case/preview-note.js";
import { getCaseDetail, listCaseSummaries, listUsersWithPermission, presentCase } from "./case/queries.js";
import { assignCases } from "./commands/assign-cases.js";
import { correctDisposition } from "./commands/correct-disposition.js";
import { createCancellationCase } from "./commands/create-cancellation-case.js";
import { distributeCases } from "./commands/distribute-cases.js";
import { recordAttempt } from "./commands/record-attempt.js";
import { setDisposition } from "./commands/set-disposition.js";
import { takeCase } from "./commands/take-case.js";
import { takeNextCase } from "./commands/take-next-case.js";
import { cancellationImportRoutes } from "./import/routes.js";
import { PERMISSIONS } from "./policy.js";
import {
  AttemptBody,
  CampaignCode,
  CaseDetail,
  CaseQuery,
  CaseSummary,
  CreateCaseBody,
  DispositionBody,
  DispositionResult,
  PreviewBody,
} from "./schemas.js";

const IdParams = Type.Object({ id: Uuid });
const CampaignParams = Type.Object({ campaign: CampaignCode });
const tags = ["complaint-cases"];

export async function cancellationRoutes(fastify: FastifyInstance) {
  await fastify.register(cancellationImportRoutes);
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/complaint-cases",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "Casos (quejas de cancelación) de las campañas: los vencidos primero, luego los más antiguos",
        querystring: CaseQuery,
        response: {
          200: Type.Object({
            cases: Type.Array(CaseSummary),
            total: Type.Integer({ description: "Casos que cumplen el filtro, en todas las páginas" }),
            page: Type.Integer(),
            pageSize: Type.Integer(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const query = request.query;
      // page/pageSize (the tables) or limit/offset (older callers): one window either way.
      const paged = query.page !== undefined || query.pageSize !== undefined;
      const window = paged
        ? pageWindow(query)
        : { limit: query.limit ?? 50, offset: query.offset ?? 0, pageSize: query.limit ?? 50, page: 1 };
      const page = paged ? window.page : Math.floor(window.offset / window.limit) + 1;
      const result = await inTenant(request, ({ tx, actor, now }) =>
        listCaseSummaries(tx, {
          campaign: query.campaign,
          status: query.status,
          queue: query.queue,
          assignedTo: query.mine ? actor.userId : query.assignedTo,
          pool: query.pool,
          dueBy: query.due ? now : undefined,
          search: query.q,
          limit: window.limit,
          offset: window.offset,
          sort: query.sort,
        }),
      );
      return { ...result, page, pageSize: window.pageSize };
    },
  );

  app.get(
    "/api/complaint-cases/:id",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "Un caso con sus intentos, tipificaciones, instrucciones de cierre y los pasos posibles",
        params: IdParams,
        response: { 200: CaseDetail, ...errorResponses },
      },
    },
    async (request) => inTenant(request, ({ tx, actor, now }) => getCaseDetail(tx, request.params.id, actor, now)),
  );

  app.post(
    "/api/complaint-cases",
    {
      config: { permission: PERMISSIONS.manage },
      schema: {
        tags,
        summary: "Poner una queja de cancelación en la cola de una campaña (los archivos van por /api/complaints/imports)",
        body: CreateCaseBody,
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await inTenant(request, (ctx) => createCancellationCase(request.body, ctx))),
  );

  app.post(
    "/api/complaint-cases/:id/take",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "Tomar un caso del grupo",
        params: IdParams,
        body: Type.Object({ expectedVersion: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false }),
        response: { 200: Type.Object({ version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => inTenant(request, (ctx) => takeCase(request.params.id, request.body, ctx)),
  );

  app.post(
    "/api/campaigns/:campaign/take-next",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "Tomar el siguiente caso del grupo: una llamada pendiente vencida, o la queja más antigua",
        params: CampaignParams,
        response: { 200: Type.Object({ case: Nullable(CaseSummary) }), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const row = await takeNextCase(request.params.campaign, ctx);
        return { case: row ? await presentCase(ctx.tx, row) : null };
      }),
  );

  app.post(
    "/api/complaint-cases/assign",
    {
      config: { permission: PERMISSIONS.manage },
      schema: {
        tags,
        summary: "Asignar casos elegidos a un asesor (o devolverlos al grupo con advisorId null)",
        body: Type.Object(
          { caseIds: Type.Array(Uuid, { minItems: 1, maxItems: 1000 }), advisorId: Nullable(Uuid) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ assigned: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => inTenant(request, (ctx) => assignCases(request.body, ctx)),
  );

  app.post(
    "/api/campaigns/:campaign/distribute",
    {
      config: { permission: PERMISSIONS.manage },
      schema: {
        tags,
        summary: "Repartir el grupo de la campaña entre asesores, por turnos (round-robin)",
        params: CampaignParams,
        body: Type.Object(
          {
            advisorIds: Type.Array(Uuid, { minItems: 1, maxItems: 200 }),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 500 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ assigned: Type.Array(Type.Object({ advisorId: Uuid, cases: Type.Integer() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({
      assigned: await inTenant(request, (ctx) =>
        distributeCases(
          { campaign: request.params.campaign, advisorIds: request.body.advisorIds, limit: request.body.limit ?? 500 },
          ctx,
        ),
      ),
    }),
  );

  app.get(
    "/api/complaint-advisors",
    {
      config: { permission: PERMISSIONS.manage },
      schema: {
        tags,
        summary: "Usuarios activos que gestionan casos (para asignar)",
        response: {
          200: Type.Array(Type.Object({ id: Uuid, fullName: Type.String(), email: Type.String() })),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      (await inTenant(request, ({ tx }) => listUsersWithPermission(tx, PERMISSIONS.work))).map((u) => ({
        id: u.id,
        fullName: u.full_name,
        email: u.email,
      })),
  );

  app.post(
    "/api/complaint-cases/:id/attempts",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "Registrar un intento de contacto; sin respuesta, el sistema pone PENDIENTE o deriva a N1",
        params: IdParams,
        body: AttemptBody,
        response: {
          200: Type.Object({
            attemptId: Uuid,
            seq: Type.Integer(),
            outcome: Type.Union([Type.Literal("none"), Type.Literal("no_answer"), Type.Literal("hand_off")]),
            version: Type.Integer(),
            disposition: Nullable(DispositionResult),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => inTenant(request, (ctx) => recordAttempt(request.params.id, request.body, ctx)),
  );

  app.post(
    "/api/complaint-cases/:id/note-preview",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "La observación que generaría una tipificación (plantilla del motivo con los datos del caso), sin guardar nada",
        params: IdParams,
        body: PreviewBody,
        response: {
          200: Type.Object({
            note: Type.String(),
            maxLength: Type.Integer(),
            isFinal: Type.Boolean(),
            closing: Nullable(Type.Object({ action: Type.String(), deadline: DeadlineRuleSchema })),
            nextContactAt: Nullable(Timestamp),
            catalogVersion: Type.Integer(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => inTenant(request, (ctx) => previewNote(request.params.id, request.body, ctx)),
  );

  app.post(
    "/api/complaint-cases/:id/disposition",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "Tipificar: estado y motivo, campos, observación; un estado final emite la instrucción de cierre",
        params: IdParams,
        body: DispositionBody,
        response: { 200: DispositionResult, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (request) => inTenant(request, (ctx) => setDisposition(request.params.id, request.body, ctx)),
  );

  app.post(
    "/api/complaint-cases/:id/correction",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "Corregir la tipificación mientras la instrucción de cierre no se haya enviado: todo se recalcula",
        params: IdParams,
        body: DispositionBody,
        response: { 200: DispositionResult, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (request) => inTenant(request, (ctx) => correctDisposition(request.params.id, request.body, ctx)),
  );
}
