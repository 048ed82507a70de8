import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant, requireActor } from "../../platform/http/in-tenant.js";
import { errorResponses, Uuid } from "../../platform/http/schemas.js";
import { readCauses } from "./catalog.js";
import { answerAdjustment } from "./commands/answer-adjustment.js";
import { createAdjustmentRow } from "./commands/create-adjustment-row.js";
import { generateWeeklyFeedback } from "./commands/generate-feedback.js";
import { recordAdjustmentContact } from "./commands/record-contact.js";
import { reviewRejection } from "./commands/review-rejection.js";
import { sendCreditLines } from "./commands/send-credit-lines.js";
import { signWeeklyFeedback } from "./commands/sign-feedback.js";
import { validateAdjustmentRow } from "./commands/validate-row.js";
import { exportCutWorkbook } from "./export.js";
import { AdjustmentRowInput } from "./import-kind.js";
import { PERMISSIONS } from "./policy.js";
import { presentDeskRow, presentFeedback } from "./presenter.js";
import { listAgentFeedback, listAgentRejections, listCuts, listDeskRows, listFeedback } from "./queries.js";
import { readRowPage } from "./row-page.js";
import { weekStartOf } from "./rules.js";
import {
  AnswerBody,
  BulkBody,
  BulkResult,
  CauseCode,
  CausesResponse,
  ContactBody,
  CutDate,
  CutSummary,
  DeskRowSchema,
  FeedbackSchema,
  FeedbackWeek,
  Page,
  ReviewBody,
  RowDetailSchema,
  RowStatusSchema,
  ValidateBody,
} from "./schemas.js";

const tags = ["adjustments"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const Paging = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
};
const paging = (query: { page?: number; pageSize?: number }) => {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
};
const RowParams = Type.Object({ id: Uuid });
const CutParams = Type.Object({ cutDate: CutDate });
const RowStepResponse = { 200: RowDetailSchema, ...errorResponses, 422: Type.Ref("Problem") };

/** HTTP of the adjustments cell (seed 004): the desk, a row's steps, indicators, weekly feedback, the export back. */
export async function adjustmentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/adjustments/causes",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "Causales de ajuste (A–M) con sus soportes y su política",
        response: { 200: CausesResponse, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) => {
        const catalog = await readCauses(tx);
        const labels = new Map(catalog.content.evidence.map((e) => [e.code, e.label]));
        return {
          version: catalog.version,
          pqrQueue: catalog.content.pqrQueue,
          causes: catalog.content.causes
            .filter((c) => !c.retired)
            .map((c) => ({
              code: c.code,
              name: c.name,
              policy: c.policy,
              requiredEvidence: c.requiredEvidence.map((code) => ({ code, label: labels.get(code) ?? code })),
            })),
        };
      }),
  );

  app.get(
    "/api/adjustments/cuts",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "Bases de ajustes por fecha de corte, con su avance",
        response: { 200: Type.Array(CutSummary), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) =>
        (await listCuts(tx)).map((cut) => ({
          cutDate: cut.cut_date,
          total: cut.total,
          open: cut.open,
          done: cut.total - cut.open,
          byStatus: cut.by_status,
        })),
      ),
  );

  app.get(
    "/api/adjustments/cuts/:cutDate/rows",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "Filas de una base de ajustes, por páginas, filtradas por estado, causal y asesor",
        params: CutParams,
        querystring: Type.Object({
          status: Type.Optional(RowStatusSchema),
          cause: Type.Optional(CauseCode),
          agent: Type.Optional(Uuid),
          ...Paging,
        }),
        response: { 200: Page(DeskRowSchema), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) => {
        const { page, pageSize, limit, offset } = paging(request.query);
        const { rows, total } = await listDeskRows(tx, {
          cutDate: request.params.cutDate,
          status: request.query.status,
          cause: request.query.cause,
          agentUserId: request.query.agent,
          limit,
          offset,
        });
        return { items: rows.map(presentDeskRow), total, page, pageSize };
      }),
  );

  app.get(
    "/api/adjustments/rows/:id",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "Un ajuste: la base, la causal, su PQR, respuestas, contactos y próximos pasos",
        params: RowParams,
        response: { 200: RowDetailSchema, ...errorResponses },
      },
    },
    async (request) => inTenant(request, (ctx) => readRowPage(request.params.id, ctx)),
  );

  app.post(
    "/api/adjustments/rows",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "Agregar una fila a la base de un corte (como una fila del archivo ajustes_<fecha de corte>)",
        body: AdjustmentRowInput,
        response: { 201: RowDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await inTenant(request, async (ctx) => readRowPage((await createAdjustmentRow(request.body, ctx)).id, ctx))),
  );

  app.post(
    "/api/adjustments/rows/:id/validate",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary:
          "Validar la causal contra la política: sin soportes se escala al área de PQR; si no, se envía al back de ajustes",
        params: RowParams,
        body: ValidateBody,
        response: RowStepResponse,
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        await validateAdjustmentRow({ rowId: request.params.id, ...request.body }, ctx);
        return readRowPage(request.params.id, ctx);
      }),
  );

  app.post(
    "/api/adjustments/rows/:id/answer",
    {
      config: { permission: PERMISSIONS.answer },
      schema: {
        tags,
        summary: "Respuesta del back de ajustes: aprobado (radicado y valor aplicado) o rechazado (motivo)",
        params: RowParams,
        body: AnswerBody,
        response: RowStepResponse,
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        await answerAdjustment({ rowId: request.params.id, ...request.body }, ctx);
        return readRowPage(request.params.id, ctx);
      }),
  );

  app.post(
    "/api/adjustments/rows/:id/review",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "Revisar un rechazo: bien rechazado (se informa al cliente) o mal rechazado (se reescala con nueva marcación)",
        params: RowParams,
        body: ReviewBody,
        response: RowStepResponse,
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        await reviewRejection({ rowId: request.params.id, ...request.body }, ctx);
        return readRowPage(request.params.id, ctx);
      }),
  );

  app.post(
    "/api/adjustments/rows/:id/contacts",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "Registrar un intento de contacto: informado, recurso si no acepta, o mensaje de voz si no se localiza",
        params: RowParams,
        body: ContactBody,
        response: RowStepResponse,
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        await recordAdjustmentContact({ rowId: request.params.id, ...request.body }, ctx);
        return readRowPage(request.params.id, ctx);
      }),
  );

  app.post(
    "/api/adjustments/bulk",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "Acción en bloque sobre varias filas (validar); cada fila en su propia transacción, con su resultado",
        body: BulkBody,
        response: { 200: BulkResult, ...errorResponses },
      },
    },
    async (request) => {
      const results: Array<{ id: string; ok: boolean; status: string | null; error: string | null }> = [];
      for (const id of request.body.ids) {
        try {
          const row = await inTenant(request, (ctx) => validateAdjustmentRow({ rowId: id }, ctx));
          results.push({ id, ok: true, status: row.status, error: null });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          results.push({ id, ok: false, status: null, error: error.message });
        }
      }
      return { done: results.filter((r) => r.ok).length, results };
    },
  );

  app.get(
    "/api/adjustments/cuts/:cutDate/export",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "El resultado del corte como .xlsx, en el orden de columnas del operador y luego las de la célula",
        params: CutParams,
        response: { 200: Type.String({ format: "binary" }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const buffer = await inTenant(request, ({ tx }) => exportCutWorkbook(tx, request.params.cutDate));
      return reply
        .type(XLSX)
        .header("content-disposition", `attachment; filename="ajustes_${request.params.cutDate}_resultado.xlsx"`)
        .send(buffer);
    },
  );

  app.post(
    "/api/adjustments/cuts/:cutDate/credit-lines",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "Enviar al sistema de facturación las notas crédito de los ajustes aprobados del corte",
        params: CutParams,
        response: { 200: Type.Object({ cutDate: Type.String(), sent: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => inTenant(request, (ctx) => sendCreditLines({ cutDate: request.params.cutDate }, ctx)),
  );

  app.post(
    "/api/adjustments/feedback",
    {
      config: { permission: PERMISSIONS.coach },
      schema: {
        tags,
        summary: "Generar la retroalimentación de una semana: top 5 de asesores por rechazos con sus causales más frecuentes",
        body: Type.Object({ week: CutDate }, { additionalProperties: false }),
        response: { 200: FeedbackWeek, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const { weekStart } = await generateWeeklyFeedback(request.body, ctx);
        return feedbackWeek(await listFeedback(ctx.tx, weekStart), weekStart);
      }),
  );

  app.get(
    "/api/adjustments/feedback",
    {
      config: { permission: PERMISSIONS.coach },
      schema: {
        tags,
        summary: "La retroalimentación de una semana: quién firmó su compromiso y quién no",
        querystring: Type.Object({ week: CutDate }),
        response: { 200: FeedbackWeek, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) => {
        const weekStart = weekStartOf(request.query.week);
        return feedbackWeek(await listFeedback(tx, weekStart), weekStart);
      }),
  );

  app.get(
    "/api/adjustments/my/feedback",
    {
      config: { permission: PERMISSIONS.own },
      schema: {
        tags,
        summary: "Mis retroalimentaciones semanales",
        response: { 200: Type.Array(FeedbackSchema), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx, actor }) => (await listAgentFeedback(tx, actor.userId ?? "")).map(presentFeedback)),
  );

  app.post(
    "/api/adjustments/feedback/:id/sign",
    {
      config: { permission: PERMISSIONS.own },
      schema: {
        tags,
        summary: "Firmar el compromiso de mejoramiento y el «estoy enterado» (solo el asesor retroalimentado)",
        params: RowParams,
        body: Type.Object(
          { commitment: Type.String({ maxLength: 4000 }), acknowledged: Type.Boolean() },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ id: Uuid, signedAt: Type.String({ format: "date-time" }) }), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const signed = await signWeeklyFeedback({ feedbackId: request.params.id, ...request.body }, ctx);
        return { id: signed.id, signedAt: signed.signedAt.toISOString() };
      }),
  );

  app.get(
    "/api/adjustments/my/rejections",
    {
      config: { permission: PERMISSIONS.own },
      schema: {
        tags,
        summary: "Mis ajustes rechazados por el back de ajustes (confirmados por la célula)",
        querystring: Type.Object(Paging),
        response: { 200: Page(DeskRowSchema), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return inTenant(request, async ({ tx }) => {
        const { page, pageSize, limit, offset } = paging(request.query);
        const { rows, total } = await listAgentRejections(tx, actor.userId ?? "", limit, offset);
        return { items: rows.map(presentDeskRow), total, page, pageSize };
      });
    },
  );
}

function feedbackWeek(rows: Awaited<ReturnType<typeof listFeedback>>, weekStart: string) {
  const items = rows.map(presentFeedback);
  return {
    weekStart,
    items,
    unsigned: items.filter((f) => !f.isSigned).map((f) => ({ agentUserId: f.agentUserId, agentName: f.agentName })),
  };
}
