import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../../platform/errors.js";
import { inTenant, requireActor } from "../../../platform/http/in-tenant.js";
import { registerMultipart } from "../../../platform/http/multipart.js";
import { errorResponses, Uuid } from "../../../platform/http/schemas.js";
import { commitImport, findImport, getImportView, stageUpload, uploadStatus } from "../../imports/index.js";
import { requireCampaign } from "../catalog/campaign-catalog.js";
import { DEFAULT_CAMPAIGN } from "../catalog/kinds.js";
import { PERMISSIONS } from "../policy.js";
import { CampaignCode } from "../schemas.js";
import { CANCELLATION_REQUESTS_IMPORT, requireBatchJoin } from "./kind.js";

const tags = ["complaint-cases"];
const problem = errorResponses[400];
const ImportResult = Type.Object(
  {
    id: Uuid,
    status: Type.String(),
    totalRows: Type.Integer(),
    errorCount: Type.Integer(),
    summary: Type.Record(Type.String(), Type.Unknown()),
  },
  { additionalProperties: true, description: "La importación, como la muestra GET /api/imports/:id" },
);

/**
 * The supervisor's way to load a campaign's queue: the foundation's import pipeline with the
 * complaints kind and the campaign as the import's option, under complaints:manage (a supervisor is
 * not an importer of customers or billing).
 */
export async function cancellationImportRoutes(fastify: FastifyInstance) {
  await registerMultipart(fastify);
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    "/api/complaints/imports",
    {
      config: { permission: PERMISSIONS.manage },
      schema: {
        tags,
        summary: "Cargar la cola de quejas de una campaña (.xlsx o .csv, multipart, campo «file»): queda lista para confirmar",
        description:
          "Columnas: numero_queja, numero_servicio, codigo_cliente, motivo, fecha. 201 con la importación lista, 200 con alreadyImported: true si el archivo ya se importó (no cambia nada), 422 con los errores por fila y columna.",
        querystring: Type.Object({
          campaign: Type.Optional(CampaignCode),
          batch: Type.Optional(
            Type.String({
              format: "uuid",
              description:
                "Une la carga al lote de otra importación (p. ej. los productos que sus filas nombran); pide imports:run",
            }),
          ),
        }),
        response: { 200: ImportResult, 201: ImportResult, ...errorResponses, 413: problem, 415: problem, 422: problem },
      },
    },
    async (request, reply) => {
      const campaign = request.query.campaign ?? DEFAULT_CAMPAIGN;
      requireBatchJoin(requireActor(request), request.query.batch);
      await inTenant(request, ({ tx }) => requireCampaign(tx, campaign));
      const view = await stageUpload(request, {
        kind: CANCELLATION_REQUESTS_IMPORT,
        options: { campaign },
        batchOf: request.query.batch ?? null,
      });
      return reply.status(uploadStatus(view)).send(view);
    },
  );

  app.post(
    "/api/complaints/imports/:id/commit",
    {
      config: { permission: PERMISSIONS.manage },
      schema: {
        tags,
        summary:
          "Confirmar una carga de quejas: los casos nuevos entran al grupo de la campaña; la misma carga dos veces no cambia nada",
        params: Type.Object({ id: Uuid }),
        response: { 200: ImportResult, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const found = await findImport(ctx.tx, request.params.id);
        if (found?.kind !== CANCELLATION_REQUESTS_IMPORT.code) throw new AppError("NOT_FOUND", "Carga de quejas no encontrada");
        await commitImport(request.params.id, ctx);
        return getImportView(ctx.tx, request.params.id);
      }),
  );
}
