import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import type { CommandContext } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { PageOf, pageWindow } from "../../platform/http/paging.js";
import { errorResponses, Uuid } from "../../platform/http/schemas.js";
import { cancelDeadline } from "./commands/cancel-deadline.js";
import { completeDeadline } from "./commands/complete-deadline.js";
import { pauseDeadline } from "./commands/pause-deadline.js";
import { resumeDeadline } from "./commands/resume-deadline.js";
import { startDeadline } from "./commands/start-deadline.js";
import { presentDeadline } from "./presenter.js";
import { findDeadline, listDeadlinePage, listDeadlines } from "./queries.js";
import type { DeadlineRow } from "./repo.js";
import { Deadline, DeadlineActionBody, DeadlineQuery, StartDeadlineBody } from "./schemas.js";

type DeadlineCommand = (id: string, input: { reason?: string }, ctx: CommandContext) => Promise<DeadlineRow>;

const ACTIONS: Array<{ path: string; summary: string; command: DeadlineCommand }> = [
  { path: "pause", summary: "Pausar un plazo (por defecto: «esperando al cliente»)", command: pauseDeadline },
  {
    path: "resume",
    summary: "Reanudar un plazo pausado; su vencimiento se corre lo que estuvo en pausa",
    command: resumeDeadline,
  },
  {
    path: "complete",
    summary: "Completar un plazo: cumplido a tiempo, o vencido con fecha de cumplimiento",
    command: completeDeadline,
  },
  { path: "cancel", summary: "Cancelar un plazo en curso o en pausa", command: cancelDeadline },
];

export async function deadlineRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/deadlines",
    {
      config: { permission: "deadlines:read" },
      schema: {
        tags: ["deadlines"],
        summary: "Plazos del operador, del más próximo a vencer al más lejano",
        description: "Con page, pageSize o sort responde {items, total, page, pageSize}; sin ellos, la lista (hasta limit).",
        querystring: DeadlineQuery,
        response: { 200: Type.Union([PageOf(Deadline), Type.Array(Deadline)]), ...errorResponses },
      },
    },
    async (request) => {
      const { status, subjectType, subjectId, limit, page, pageSize, sort } = request.query;
      if (page !== undefined || pageSize !== undefined || sort !== undefined) {
        const window = pageWindow({ page, pageSize });
        return inTenant(request, async ({ tx, now }) => {
          const { rows, total } = await listDeadlinePage(tx, { status, subjectType, subjectId, ...window, sort });
          return { items: rows.map((row) => presentDeadline(row, now)), total, page: window.page, pageSize: window.pageSize };
        });
      }
      return inTenant(request, async ({ tx, now }) =>
        (await listDeadlines(tx, { status, subjectType, subjectId, limit: limit ?? 100 })).map((row) =>
          presentDeadline(row, now),
        ),
      );
    },
  );

  app.get(
    "/api/deadlines/:id",
    {
      config: { permission: "deadlines:read" },
      schema: {
        tags: ["deadlines"],
        summary: "Un plazo",
        params: Type.Object({ id: Uuid }),
        response: { 200: Deadline, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx, now }) => {
        const row = await findDeadline(tx, request.params.id);
        if (!row) throw new AppError("NOT_FOUND", "Plazo no encontrado");
        return presentDeadline(row, now);
      }),
  );

  app.post(
    "/api/deadlines",
    {
      config: { permission: "deadlines:manage" },
      schema: {
        tags: ["deadlines"],
        summary: "Iniciar un plazo sobre un caso, orden u otro sujeto (para integraciones)",
        body: StartDeadlineBody,
        response: { 201: Deadline, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { startedAt, ...input } = request.body;
      const view = await inTenant(request, async (ctx) =>
        presentDeadline(await startDeadline({ ...input, startedAt: startedAt ? new Date(startedAt) : undefined }, ctx), ctx.now),
      );
      return reply.status(201).send(view);
    },
  );

  for (const action of ACTIONS) {
    app.post(
      `/api/deadlines/:id/${action.path}`,
      {
        config: { permission: "deadlines:manage" },
        schema: {
          tags: ["deadlines"],
          summary: action.summary,
          params: Type.Object({ id: Uuid }),
          body: DeadlineActionBody,
          response: { 200: Deadline, ...errorResponses },
        },
        // The body (a reason) is optional: a bodiless POST counts as {}.
        preValidation: async (request) => {
          request.body ??= {};
        },
      },
      async (request) =>
        inTenant(request, async (ctx) => presentDeadline(await action.command(request.params.id, request.body, ctx), ctx.now)),
    );
  }
}
