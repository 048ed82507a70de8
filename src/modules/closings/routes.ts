import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { inTenant } from "../../platform/http/in-tenant.js";
import { PageOf, pageOnlyQuery, pageWindow } from "../../platform/http/paging.js";
import { errorResponses, literals, Uuid } from "../../platform/http/schemas.js";
import { findCurrentTenant } from "../tenants/index.js";
import { sendClosingInstructions } from "./commands/send-closing-instructions.js";
import { exportInstructions } from "./export.js";
import { CLOSING_PERMISSIONS } from "./policy.js";
import { presentInstruction } from "./presenter.js";
import { type InstructionFilter, listInstructionPage, listInstructions } from "./queries.js";
import { CampaignCode, Instruction } from "./schemas.js";

const StatusFilter = literals(["ready", "queued", "sent", "failed", "superseded", "live"] as const);
const tags = ["closing-instructions"];

const FilterQuery = {
  campaign: Type.Optional(CampaignCode),
  status: Type.Optional(StatusFilter),
  overdue: Type.Optional(Type.Boolean({ description: "Solo las vencidas sin confirmar (lista, enviada o rechazada)" })),
};

function filterOf(query: { campaign?: string; status?: InstructionFilter["status"]; overdue?: boolean }, now: Date) {
  return { campaign: query.campaign, status: query.status ?? "live", overdueAt: query.overdue ? now : undefined };
}

export async function closingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/closing-instructions",
    {
      config: { permission: CLOSING_PERMISSIONS.read },
      schema: {
        tags,
        summary: "Instrucciones de cierre para el sistema de facturación, la más urgente primero",
        description: "Con page o pageSize responde {items, total, page, pageSize}; sin ellos, la lista (hasta limit).",
        querystring: Type.Object({
          ...FilterQuery,
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
          ...pageOnlyQuery,
        }),
        response: { 200: Type.Union([PageOf(Instruction), Type.Array(Instruction)]), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      if (page !== undefined || pageSize !== undefined) {
        const window = pageWindow({ page, pageSize });
        return inTenant(request, async ({ tx, now }) => {
          const { rows, total } = await listInstructionPage(
            tx,
            { ...filterOf(request.query, now), limit: window.limit },
            window.offset,
          );
          return { items: rows.map((row) => presentInstruction(row, now)), total, page: window.page, pageSize: window.pageSize };
        });
      }
      return inTenant(request, async ({ tx, now }) =>
        (await listInstructions(tx, { ...filterOf(request.query, now), limit: request.query.limit ?? 100 })).map((row) =>
          presentInstruction(row, now),
        ),
      );
    },
  );

  app.get(
    "/api/closing-instructions/export",
    {
      config: { permission: CLOSING_PERMISSIONS.read },
      schema: {
        tags,
        summary: "Exportar instrucciones de cierre como .xlsx o .csv (número de queja, acción, fecha límite, observación…)",
        querystring: Type.Object({ ...FilterQuery, format: Type.Optional(literals(["xlsx", "csv"] as const)) }),
        response: { 200: Type.String({ format: "binary" }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const format = request.query.format ?? "xlsx";
      const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "fideliza-cierres-"));
      const file = path.join(dir, `instrucciones-de-cierre.${format}`);
      try {
        await inTenant(request, async ({ tx, now }) => {
          const tenant = await findCurrentTenant(tx);
          await exportInstructions(tx, {
            filter: filterOf(request.query, now),
            format,
            file,
            now,
            timezone: tenant?.timezone ?? "UTC",
          });
        });
      } catch (error) {
        await fs.promises.rm(dir, { recursive: true, force: true });
        throw error;
      }
      const stream = fs.createReadStream(file);
      stream.once("close", () => void fs.promises.rm(dir, { recursive: true, force: true }));
      return reply
        .type(format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="instrucciones-de-cierre.${format}"`)
        .send(stream);
    },
  );

  app.post(
    "/api/closing-instructions/send",
    {
      config: { permission: CLOSING_PERMISSIONS.send },
      schema: {
        tags,
        summary: "Enviar al sistema de facturación las instrucciones listas (las nombradas, o todas las de una campaña)",
        body: Type.Object(
          { ids: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 1000 })), campaign: Type.Optional(CampaignCode) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ queued: Type.Array(Instruction) }), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => ({
        queued: (await sendClosingInstructions(request.body, ctx)).map((row) =>
          presentInstruction({ ...row, status: "queued", queued_at: ctx.now }, ctx.now),
        ),
      })),
  );
}
