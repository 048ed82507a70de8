import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { type Static, Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { pageQuery, pageWindow } from "../../platform/http/paging.js";
import { errorResponses, Uuid } from "../../platform/http/schemas.js";
import { findCalendarSettings } from "../calendar/index.js";
import { loadClockContext } from "./clock-context.js";
import { answerPqr } from "./commands/answer-pqr.js";
import { decideReconsideration } from "./commands/decide-reconsideration.js";
import { desistPqr } from "./commands/desist-pqr.js";
import { fileAppeal } from "./commands/file-appeal.js";
import { filePqr } from "./commands/file-pqr.js";
import { forwardToAuthority } from "./commands/forward-to-authority.js";
import { grantSilence } from "./commands/grant-silence.js";
import { recordAuthorityDecision } from "./commands/record-authority-decision.js";
import { setCunRange } from "./commands/set-cun-range.js";
import { readPqrDetail } from "./detail.js";
import { PQR_PERMISSIONS } from "./policy.js";
import { presentCunRange, presentPqrListItem } from "./presenter.js";
import { findCunRange, listPqrs, PQR_SORTS, readPqrFile } from "./queries.js";
import { answerClock, type EvidenceFile, localDateOf } from "./rules.js";
import {
  AnswerBody,
  AppealBody,
  AuthorityDecisionBody,
  ClockPreview,
  CunRangeBody,
  CunRangeSchema,
  DecisionBody,
  FilePqrBody,
  NoteBody,
  PqrDetail,
  PqrPage,
  StatusSchema,
  type UploadedFile,
} from "./schemas.js";

const tags = ["pqr"];
/** Evidence travels as base64 in JSON: up to 10 files of the catalog's size (5 MB by default). */
const UPLOAD_BODY_LIMIT = 64 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const Params = Type.Object({ id: Uuid });

function decodeFile(file: Static<typeof UploadedFile>, field: string): EvidenceFile {
  const text = file.contentBase64.replace(/\s+/g, "");
  if (!BASE64.test(text) || text.length % 4 !== 0) {
    throw new AppError("VALIDATION_FAILED", `El contenido de «${file.fileName}» no es base64 válido`, { field });
  }
  return { fileName: file.fileName, mediaType: file.mediaType, content: Buffer.from(text, "base64") };
}

const decodeFiles = (files: Static<typeof UploadedFile>[] | undefined, field: string) =>
  (files ?? []).map((file, index) => decodeFile(file, `${field}.${index}`));
const decodeOptional = (file: Static<typeof UploadedFile> | null | undefined, field: string) =>
  file ? decodeFile(file, field) : null;

export async function pqrRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/pqrs",
    {
      config: { permission: PQR_PERMISSIONS.read },
      schema: {
        tags,
        summary: "Bandeja del área de PQR: silencio administrativo primero, luego la más próxima a vencer; paginada",
        querystring: Type.Object({
          status: Type.Optional(
            Type.Array(StatusSchema, { description: "Estados (por defecto, las que tienen algo pendiente)" }),
          ),
          customerId: Type.Optional(Uuid),
          atRisk: Type.Optional(Type.Boolean({ description: "Solo las en riesgo o vencidas" })),
          q: Type.Optional(Type.String({ maxLength: 100, description: "CUN, cliente o lo pedido" })),
          ...pageQuery(PQR_SORTS),
        }),
        response: { 200: PqrPage, ...errorResponses },
      },
    },
    async (request) => {
      const { status, customerId, atRisk, q, sort } = request.query;
      const { page, pageSize } = pageWindow(request.query);
      return inTenant(request, async ({ tx, now }) => {
        const settings = await findCalendarSettings(tx);
        const timezone = settings?.timezone ?? "America/Bogota";
        const result = await listPqrs(tx, {
          statuses: status,
          customerId,
          atRiskOnly: atRisk,
          today: localDateOf(now, timezone),
          q,
          page,
          pageSize,
          sort,
        });
        return { items: result.rows.map((row) => presentPqrListItem(row, now, timezone)), total: result.total, page, pageSize };
      });
    },
  );

  app.get(
    "/api/pqrs/clock-preview",
    {
      config: { permission: PQR_PERMISSIONS.file },
      schema: {
        tags,
        summary: "El tiempo de respuesta que el asesor informa al cliente si radica ahora (día límite en días hábiles)",
        response: { 200: ClockPreview, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx, now }) => {
        const clock = await loadClockContext(tx);
        const dates = answerClock(now, clock.clocks, clock.calendar, clock.legal);
        return {
          receivedOn: dates.receivedOn,
          dueOn: dates.dueOn,
          answerBusinessDays: clock.clocks.answerBusinessDays,
          authorityName: clock.clocks.authority.name,
        };
      }),
  );

  app.get(
    "/api/pqrs/:id",
    {
      config: { permission: PQR_PERMISSIONS.read },
      schema: {
        tags,
        summary: "Una PQR: CUN, plazos, respuesta, recurso, archivos y los pasos posibles",
        params: Params,
        response: { 200: PqrDetail, ...errorResponses },
      },
    },
    async (request) => inTenant(request, (ctx) => readPqrDetail(ctx, request.params.id)),
  );

  app.get(
    "/api/pqrs/:id/files/:fileId",
    {
      config: { permission: PQR_PERMISSIONS.read },
      schema: {
        tags,
        summary: "Descargar un archivo de la PQR (soporte, prueba de notificación, decisión)",
        params: Type.Object({ id: Uuid, fileId: Uuid }),
        response: { 200: Type.String({ format: "binary" }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await inTenant(request, ({ tx }) => readPqrFile(tx, request.params.id, request.params.fileId));
      if (!file) throw new AppError("NOT_FOUND", "Archivo no encontrado");
      return reply
        .type(file.media_type)
        .header("content-disposition", `attachment; filename="${encodeURIComponent(file.file_name)}"`)
        .header("x-content-type-options", "nosniff")
        .send(file.content);
    },
  );

  const detailAfter = (request: { params: { id: string } }, ctx: Parameters<typeof readPqrDetail>[0]) =>
    readPqrDetail(ctx, request.params.id);

  app.post(
    "/api/pqrs",
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { permission: PQR_PERMISSIONS.file },
      schema: {
        tags,
        summary: "Radicar una PQR (petición, queja o recurso): se emite su CUN y empieza el plazo de respuesta",
        body: FilePqrBody,
        response: { 201: PqrDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const detail = await inTenant(request, async (ctx) => {
        const filed = await filePqr({ ...body, evidence: decodeFiles(body.evidence, "evidence") }, ctx);
        return readPqrDetail(ctx, filed.id);
      });
      return reply.status(201).send(detail);
    },
  );

  app.post(
    "/api/pqrs/:id/answer",
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { permission: PQR_PERMISSIONS.work },
      schema: {
        tags,
        summary: "Responder la PQR y registrar su notificación con la prueba",
        params: Params,
        body: AnswerBody,
        response: { 200: PqrDetail, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const body = request.body;
        await answerPqr(
          {
            pqrId: request.params.id,
            outcome: body.outcome,
            answerText: body.answerText,
            notificationChannel: body.notificationChannel,
            notifiedAt: body.notifiedAt ? new Date(body.notifiedAt) : undefined,
            notificationProof: decodeOptional(body.notificationProof, "notificationProof"),
            answerFile: decodeOptional(body.answerFile, "answerFile"),
          },
          ctx,
        );
        return detailAfter(request, ctx);
      }),
  );

  app.post(
    "/api/pqrs/:id/appeal",
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { permission: PQR_PERMISSIONS.file },
      schema: {
        tags,
        summary: "Interponer recurso de reposición (y en subsidio apelación) dentro del plazo; conserva el CUN",
        params: Params,
        body: AppealBody,
        response: { 200: PqrDetail, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const body = request.body;
        await fileAppeal({ pqrId: request.params.id, ...body, evidence: decodeFiles(body.evidence, "evidence") }, ctx);
        return detailAfter(request, ctx);
      }),
  );

  app.post(
    "/api/pqrs/:id/reconsideration-decision",
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { permission: PQR_PERMISSIONS.work },
      schema: {
        tags,
        summary: "Decidir el recurso de reposición",
        params: Params,
        body: DecisionBody,
        response: { 200: PqrDetail, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const body = request.body;
        await decideReconsideration(
          { pqrId: request.params.id, ...body, decisionFile: decodeOptional(body.decisionFile, "decisionFile") },
          ctx,
        );
        return detailAfter(request, ctx);
      }),
  );

  app.post(
    "/api/pqrs/:id/forward",
    {
      config: { permission: PQR_PERMISSIONS.work },
      schema: {
        tags,
        summary: "Enviar el expediente completo a la autoridad (SIC) para la apelación",
        params: Params,
        body: Type.Object(
          { authorityReference: Type.Optional(Type.String({ maxLength: 100 })) },
          { additionalProperties: false },
        ),
        response: { 200: PqrDetail, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        await forwardToAuthority({ pqrId: request.params.id, authorityReference: request.body.authorityReference }, ctx);
        return detailAfter(request, ctx);
      }),
  );

  app.post(
    "/api/pqrs/:id/authority-decision",
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      config: { permission: PQR_PERMISSIONS.work },
      schema: {
        tags,
        summary: "Registrar la decisión de la autoridad sobre la apelación",
        params: Params,
        body: AuthorityDecisionBody,
        response: { 200: PqrDetail, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const body = request.body;
        await recordAuthorityDecision(
          { pqrId: request.params.id, ...body, decisionFile: decodeOptional(body.decisionFile, "decisionFile") },
          ctx,
        );
        return detailAfter(request, ctx);
      }),
  );

  app.post(
    "/api/pqrs/:id/grant",
    {
      config: { permission: PQR_PERMISSIONS.work },
      schema: {
        tags,
        summary: "Conceder lo pedido tras el silencio administrativo positivo",
        params: Params,
        body: NoteBody,
        response: { 200: PqrDetail, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        await grantSilence({ pqrId: request.params.id, note: request.body.note }, ctx);
        return detailAfter(request, ctx);
      }),
  );

  app.post(
    "/api/pqrs/:id/desist",
    {
      config: { permission: PQR_PERMISSIONS.file },
      schema: {
        tags,
        summary: "Registrar que el cliente desiste de la PQR (quién y cuándo)",
        params: Params,
        body: NoteBody,
        response: { 200: PqrDetail, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        await desistPqr({ pqrId: request.params.id, note: request.body.note }, ctx);
        return detailAfter(request, ctx);
      }),
  );

  app.get(
    "/api/pqr-cun-range",
    {
      config: { permission: PQR_PERMISSIONS.configure },
      schema: {
        tags,
        summary: "El rango de CUN asignado por la autoridad y cuántos quedan",
        response: { 200: CunRangeSchema, ...errorResponses },
      },
    },
    async (request) => {
      const row = await inTenant(request, ({ tx }) => findCunRange(tx));
      if (!row) throw new AppError("NOT_FOUND", "El operador no tiene configurado el rango de CUN");
      return presentCunRange(row);
    },
  );

  app.put(
    "/api/pqr-cun-range",
    {
      config: { permission: PQR_PERMISSIONS.configure },
      schema: {
        tags,
        summary: "Configurar el rango de CUN asignado por la autoridad y su formato",
        body: CunRangeBody,
        response: { 200: CunRangeSchema, ...errorResponses },
      },
    },
    async (request) => presentCunRange(await inTenant(request, (ctx) => setCunRange(request.body, ctx))),
  );
}
