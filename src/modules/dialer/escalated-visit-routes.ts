import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { pageWindow } from "../../platform/http/paging.js";
import { errorResponses, Uuid } from "../../platform/http/schemas.js";
import { databaseAgenda } from "./agenda/database-agenda.js";
import { presentVisitSlot } from "./agenda/port.js";
import { resolveEscalatedVisit } from "./commands/resolve-escalated-visit.js";
import { onDialerClock } from "./engine.js";
import { presentEscalatedVisit } from "./escalated-visit-presenter.js";
import { findEscalatedVisit, listEscalatedVisits, zonesWithOpenEscalations } from "./escalated-visit-queries.js";
import {
  EscalatedVisitSchema,
  EscalatedVisitsPage,
  EscalatedVisitsQuery,
  ResolveEscalatedVisitBody,
} from "./escalated-visit-schemas.js";
import { PERMISSIONS } from "./policy.js";
import { VisitSlotSchema } from "./schemas.js";

const tags = ["outbound-visits"];
/** How far ahead the back office looks for a slot: further than the advisor's 14 days, the escalation is late already. */
const SLOT_HORIZON_DAYS = 30;
const SLOT_LIMIT = 50;

const notFound = () => new AppError("NOT_FOUND", "Visita escalada no encontrada", { detailEn: "Escalated visit not found" });

/** The back office's worklist of the visits escalated from the desktop (seed 002 step 4: «escalar al CRM … back office»). */
export async function escalatedVisitRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/outbound/escalated-visits",
    {
      config: { permission: PERMISSIONS.backoffice },
      schema: {
        tags,
        summary:
          "Visitas técnicas escaladas al back office (la agenda no tenía cupo): abiertas por defecto, la más antigua primero, con el cliente, el teléfono, la zona, el motivo, quién la escaló y los días de espera; o las ya agendadas o cerradas",
        querystring: EscalatedVisitsQuery,
        response: { 200: EscalatedVisitsPage, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (requestCtx) => {
        const { tx, now } = onDialerClock(requestCtx);
        const window = pageWindow(request.query);
        const { rows, total } = await listEscalatedVisits(tx, {
          status: request.query.status ?? "escalated",
          zone: request.query.zone?.trim() || undefined,
          sort: request.query.sort,
          limit: window.limit,
          offset: window.offset,
        });
        return {
          items: rows.map((row) => presentEscalatedVisit(row, now)),
          total,
          page: window.page,
          pageSize: window.pageSize,
          zones: await zonesWithOpenEscalations(tx),
        };
      }),
  );

  app.get(
    "/api/outbound/escalated-visits/:id",
    {
      config: { permission: PERMISSIONS.backoffice },
      schema: {
        tags,
        summary: "Una visita escalada: el cliente, la zona, el motivo, quién la escaló y cómo se resolvió",
        params: Type.Object({ id: Uuid }),
        response: { 200: EscalatedVisitSchema, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (requestCtx) => {
        const { tx, now } = onDialerClock(requestCtx);
        const row = await findEscalatedVisit(tx, request.params.id);
        if (!row) throw notFound();
        return presentEscalatedVisit(row, now);
      }),
  );

  app.get(
    "/api/outbound/escalated-visits/:id/slots",
    {
      config: { permission: PERMISSIONS.backoffice },
      schema: {
        tags,
        summary: `Franjas de la agenda de técnicos con cupo en la zona de la visita escalada, en los próximos ${SLOT_HORIZON_DAYS} días (las ${SLOT_LIMIT} más próximas)`,
        params: Type.Object({ id: Uuid }),
        response: { 200: Type.Array(VisitSlotSchema), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (requestCtx) => {
        const { tx, now } = onDialerClock(requestCtx);
        const visit = await findEscalatedVisit(tx, request.params.id);
        if (!visit) throw notFound();
        const slots = await databaseAgenda.freeSlots(
          tx,
          visit.zone,
          now,
          new Date(now.getTime() + SLOT_HORIZON_DAYS * 86_400_000),
          SLOT_LIMIT,
        );
        return slots.map(presentVisitSlot);
      }),
  );

  app.post(
    "/api/outbound/escalated-visits/:id/resolve",
    {
      config: { permission: PERMISSIONS.backoffice },
      schema: {
        tags,
        summary:
          "Resolver una visita escalada: agendarla en una franja con cupo de su zona, o cerrarla sin agendar con un motivo (el cliente desiste, falla no atribuible, …). Una visita ya resuelta no se resuelve de nuevo",
        params: Type.Object({ id: Uuid }),
        body: ResolveEscalatedVisitBody,
        response: { 200: EscalatedVisitSchema, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (requestCtx) => {
        const ctx = onDialerClock(requestCtx);
        await resolveEscalatedVisit({ ...request.body, visitId: request.params.id }, ctx, databaseAgenda);
        const row = await findEscalatedVisit(ctx.tx, request.params.id);
        return presentEscalatedVisit(row!, ctx.now);
      }),
  );
}
