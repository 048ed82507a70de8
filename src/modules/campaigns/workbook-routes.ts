import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { registerMultipart } from "../../platform/http/multipart.js";
import { errorResponses } from "../../platform/http/schemas.js";
import { CampaignCode } from "../cancellations/index.js";
import { guardSpreadsheet, receiveRequestFile, UnreadableFile } from "../imports/index.js";
import { importCampaignWorkbook } from "./commands/import-campaign-workbook.js";
import { exportCampaignWorkbook } from "./export-workbook.js";

const Params = Type.Object({ campaign: CampaignCode });
const problem = errorResponses[400];
const Published = Type.Object({ version: Type.Integer(), published: Type.Boolean() });

/** The admin's .xlsx of a campaign's catalogs (one sheet per part): export, and import as new versions. */
export async function campaignWorkbookRoutes(fastify: FastifyInstance) {
  await registerMultipart(fastify);
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/campaigns/:campaign/catalog.xlsx",
    {
      config: { permission: "catalogs:manage" },
      schema: {
        tags: ["campaigns"],
        summary: "Exportar el catálogo de la campaña (estados, motivos, campos, beneficios y ajustes) como .xlsx",
        params: Params,
        response: { 200: Type.String({ format: "binary" }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const buffer = await inTenant(request, ({ tx }) => exportCampaignWorkbook(tx, request.params.campaign));
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="catalogo-${request.params.campaign}.xlsx"`)
        .send(buffer);
    },
  );

  app.post(
    "/api/campaigns/:campaign/catalog.xlsx",
    {
      config: { permission: "catalogs:manage" },
      schema: {
        tags: ["campaigns"],
        summary:
          "Importar el catálogo de la campaña desde .xlsx (multipart, campo «file»): publica una versión nueva de lo que cambió",
        params: Params,
        querystring: Type.Object({ note: Type.Optional(Type.String({ maxLength: 500 })) }),
        response: {
          200: Type.Object({ dispositions: Published, benefits: Type.Object({ scope: Type.String(), ...Published.properties }) }),
          ...errorResponses,
          413: problem,
          415: problem,
        },
      },
    },
    async (request) => {
      const config = request.server.config;
      const file = await receiveRequestFile(request, "catalogo.xlsx");
      try {
        await guardSpreadsheet(file.path, {
          maxUncompressedBytes: config.importMaxUncompressedBytes,
          maxEntries: config.importMaxEntries,
        }).catch((error: unknown) => {
          if (error instanceof UnreadableFile) throw new AppError("UNSUPPORTED_FILE", error.message, { field: "file" });
          throw error;
        });
        return await inTenant(request, (ctx) =>
          importCampaignWorkbook({ campaign: request.params.campaign, filePath: file.path, note: request.query.note }, ctx),
        );
      } finally {
        await file.remove();
      }
    },
  );
}
