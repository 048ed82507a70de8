import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { inTenant } from "../../platform/http/in-tenant.js";
import { registerMultipart } from "../../platform/http/multipart.js";
import { PageOf, pageQuery, pageWindow, sortsOf } from "../../platform/http/paging.js";
import { errorResponses, literals, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { commitImport } from "./commands/commit-import.js";
import { discardImport } from "./commands/discard-import.js";
import { stageUpload, uploadStatus } from "./http.js";
import { getImportView, listEveryImportError, listImportSummaries } from "./queries.js";
import { findRegisteredImportKind, genericImportKinds, registeredImportCodes } from "./registered-kinds.js";
import { IMPORT_SORTS, IMPORT_STATUSES } from "./rules.js";
import { buildErrorsWorkbook, buildTemplate } from "./template.js";

const kindCodeSchema = () =>
  Type.Union(
    registeredImportCodes().map((code) => Type.Literal(code)),
    { description: "customers (clientes), products (productos), claims (reclamos), billing (facturación), complaints (quejas)…" },
  );
/** What this route uploads: a kind with options of its own (complaints and their campaign) has its own route. */
const genericKindCodeSchema = () =>
  Type.Union(
    genericImportKinds().map((kind) => Type.Literal(kind.code)),
    {
      description:
        "customers (clientes), products (productos), claims (reclamos), billing (facturación)… Las quejas de una campaña se cargan por /api/complaints/imports",
    },
  );

const ImportSummary = Type.Object({
  id: Uuid,
  batchId: Uuid,
  kind: Type.String(),
  fileName: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  status: Type.Union([Type.Literal("staged"), Type.Literal("rejected"), Type.Literal("committed"), Type.Literal("discarded")]),
  totalRows: Type.Integer(),
  errorCount: Type.Integer(),
  summary: Type.Record(Type.String(), Type.Unknown(), { description: "Al confirmar: {inserted, updated, unchanged}" }),
  createdBy: Uuid,
  createdAt: Timestamp,
  committedAt: Nullable(Timestamp),
});

const ImportDetail = Type.Object({
  ...ImportSummary.properties,
  errorsOffset: Type.Integer(),
  errors: Type.Array(Type.Object({ row: Type.Integer(), column: Nullable(Type.String()), message: Type.String() }), {
    description: "Errores por fila y columna (fila 0 = el archivo o su encabezado), de a 1000 desde errorsOffset",
  }),
  preview: Type.Array(Type.Object({ row: Type.Integer(), data: Type.Record(Type.String(), Type.Unknown()) }), {
    description: "Las primeras 20 filas leídas, ya convertidas",
  }),
  alreadyImported: Type.Optional(
    Type.Boolean({
      description: "El archivo ya se había importado: es aquella importación (con sus cifras) y no se escribió nada",
    }),
  ),
});

const CommitResult = Type.Object({
  ...ImportDetail.properties,
  alsoCommitted: Type.Array(
    Type.Object({
      importId: Uuid,
      kind: Type.String(),
      inserted: Type.Integer(),
      updated: Type.Integer(),
      unchanged: Type.Integer(),
    }),
    { description: "Importaciones del mismo lote confirmadas antes, en la misma transacción" },
  ),
});

const problem = errorResponses[400];
const uploadErrors = { ...errorResponses, 413: problem, 415: problem, 422: problem };
const IdParams = Type.Object({ id: Uuid });

export async function importRoutes(fastify: FastifyInstance) {
  // Read when the routes register: the kinds come from every module's manifest.
  const KindCode = kindCodeSchema();
  const GenericKindCode = genericKindCodeSchema();
  await registerMultipart(fastify);
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    "/api/imports",
    {
      config: { permission: "imports:run" },
      schema: {
        tags: ["imports"],
        summary: "Cargar un archivo .xlsx o .csv (multipart, campo «file»): se valida fila por fila y queda en borrador",
        description:
          "Responde 201 con la importación en estado staged (lista para confirmar), 200 con alreadyImported: true y la importación anterior si el archivo ya se importó (no se escribe nada), o 422 si el archivo tiene errores (la importación queda rejected y sus errores en GET /api/imports/:id). El progreso llega por /api/stream como import.progress.",
        querystring: Type.Object({
          kind: GenericKindCode,
          batch: Type.Optional(Uuid),
        }),
        response: { 200: ImportDetail, 201: ImportDetail, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const view = await stageUpload(request, {
        kind: findRegisteredImportKind(request.query.kind)!,
        batchOf: request.query.batch ?? null,
      });
      return reply.status(uploadStatus(view)).send(view);
    },
  );

  app.get(
    "/api/imports",
    {
      config: { permission: "imports:read" },
      schema: {
        tags: ["imports"],
        summary: "Importaciones del operador, por páginas, la más reciente primero",
        querystring: Type.Object({
          kind: Type.Optional(KindCode),
          status: Type.Optional(literals(IMPORT_STATUSES)),
          ...pageQuery(sortsOf(IMPORT_SORTS)),
        }),
        response: { 200: PageOf(ImportSummary), ...errorResponses },
      },
    },
    async (request) => inTenant(request, ({ tx }) => listImportSummaries(tx, request.query, pageWindow(request.query))),
  );

  app.get(
    "/api/imports/templates/:kind",
    {
      config: { permission: "imports:read" },
      schema: {
        tags: ["imports"],
        summary: "Plantilla .xlsx de un tipo de importación (encabezado y una fila de ejemplo)",
        params: Type.Object({ kind: KindCode }),
        response: { 200: Type.String({ format: "binary" }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const kind = findRegisteredImportKind(request.params.kind)!;
      const buffer = await buildTemplate(kind);
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="plantilla-${kind.nameEs.replace("ó", "o")}.xlsx"`)
        .send(buffer);
    },
  );

  app.get(
    "/api/imports/:id",
    {
      config: { permission: "imports:read" },
      schema: {
        tags: ["imports"],
        summary: "Vista previa de una importación: estado, errores por fila y columna, primeras filas",
        params: IdParams,
        querystring: Type.Object({ errorsOffset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })) }),
        response: { 200: ImportDetail, ...errorResponses },
      },
    },
    async (request) => inTenant(request, ({ tx }) => getImportView(tx, request.params.id, request.query.errorsOffset ?? 0)),
  );

  app.get(
    "/api/imports/:id/errors.xlsx",
    {
      config: { permission: "imports:read" },
      schema: {
        tags: ["imports"],
        summary: "Los errores de una importación como .xlsx (fila, columna, error), para corregir el archivo",
        params: IdParams,
        response: { 200: Type.String({ format: "binary" }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { fileName, errors } = await inTenant(request, ({ tx }) => listEveryImportError(tx, request.params.id));
      const base = fileName.replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9_-]+/g, "-") || "importacion";
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="errores-${base}.xlsx"`)
        .send(await buildErrorsWorkbook(errors));
    },
  );

  app.post(
    "/api/imports/:id/commit",
    {
      config: { permission: "imports:run" },
      schema: {
        tags: ["imports"],
        summary: "Confirmar una importación sin errores: se aplica completa, en una sola transacción",
        params: IdParams,
        response: { 200: CommitResult, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const { alsoCommitted } = await commitImport(request.params.id, ctx);
        return { ...(await getImportView(ctx.tx, request.params.id)), alsoCommitted };
      }),
  );

  app.post(
    "/api/imports/:id/discard",
    {
      config: { permission: "imports:run" },
      schema: {
        tags: ["imports"],
        summary: "Descartar una importación en borrador o rechazada",
        params: IdParams,
        response: { 200: ImportDetail, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        await discardImport(request.params.id, ctx);
        return getImportView(ctx.tx, request.params.id);
      }),
  );
}
