import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { DateTime } from "luxon";
import { AppError } from "../../platform/errors.js";
import { inTenant, requireActor } from "../../platform/http/in-tenant.js";
import { pageOnlyQuery, pageWindow } from "../../platform/http/paging.js";
import { errorResponses, Ok, Uuid } from "../../platform/http/schemas.js";
import { loadTenantCalendar } from "../calendar/index.js";
import {
  countContactRecords,
  findContactRecord,
  findOutboundCampaign,
  listDialableRecords,
  listOutboundCampaigns,
  presentRecord,
  readListTypes,
} from "../contactlists/index.js";
import { countPolicyBlocks } from "../contactpolicy/index.js";
import { databaseAgenda } from "./agenda/database-agenda.js";
import { presentVisitSlot } from "./agenda/port.js";
import { bookVisit } from "./commands/book-visit.js";
import { completeCall } from "./commands/complete-call.js";
import { dialRecord } from "./commands/dial-record.js";
import { filePqrFromCall } from "./commands/file-pqr-from-call.js";
import { openVisitSlot } from "./commands/open-visit-slot.js";
import { setAgentState } from "./commands/set-agent-state.js";
import { findDispositionTree } from "./disposition-kind.js";
import { offeredTree } from "./disposition-rules.js";
import { type DialerEngine, installedDialer, onDialerClock } from "./engine.js";
import { escalatedVisitRoutes } from "./escalated-visit-routes.js";
import { readDialerSettings, readSupportGuides } from "./kinds.js";
import { PERMISSIONS } from "./policy.js";
import { campaignStats, dropRate, findAgent, findCall, listLiveAgents, listMyCallbacks, timeInStates } from "./queries.js";
import { startDialer } from "./runtime.js";
import {
  AgentDesktop,
  BookedVisitSchema,
  BookVisitBody,
  CampaignLive,
  CompleteCallBody,
  DialableRecords,
  DialRecordResultSchema,
  FilePqrFromCallBody,
  OpenVisitSlotBody,
  PqrFromCallSchema,
  SetAgentStateBody,
  TickResultSchema,
  VisitSlotSchema,
} from "./schemas.js";

const tags = ["outbound-dialer"];

function dialer(): DialerEngine {
  const engine = installedDialer();
  if (!engine) throw new AppError("INTERNAL", "El marcador no está instalado");
  return engine;
}

export async function dialerRoutes(fastify: FastifyInstance) {
  await startDialer(fastify);
  await escalatedVisitRoutes(fastify);

  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/outbound/agent",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary:
          "Escritorio del asesor: su estado, la llamada en curso con el cliente, lo que dice la base y sus ofertas, tipificaciones, motivos de pausa y devoluciones de llamada pendientes",
        response: { 200: AgentDesktop, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx, actor }) => {
        const userId = actor.userId!;
        const settings = await readDialerSettings(tx);
        const agent = await findAgent(tx, userId);
        const call = agent?.call_id ? await findCall(tx, agent.call_id) : undefined;
        const record = call ? await findContactRecord(tx, call.record_id) : undefined;
        const listType = record ? (await readListTypes(tx)).find((t) => t.code === record.list_type) : undefined;
        return {
          agent: agent
            ? {
                campaignId: agent.campaign_id,
                state: agent.state,
                pauseReason: agent.pause_reason,
                stateSince: agent.state_since.toISOString(),
              }
            : null,
          campaigns: (await listOutboundCampaigns(tx))
            .filter((c) => c.is_active)
            .map((c) => ({ id: c.id, code: c.code, name: c.name, pacingMode: c.pacing_mode })),
          pauseReasons: settings.pauseReasons,
          guides: await readSupportGuides(tx),
          // A list type whose tree is not published yet offers none; recording then says so in words.
          dispositionTree: offeredTree((record && (await findDispositionTree(tx, record.list_type))) || { groups: [] }),
          call: call
            ? {
                id: call.id,
                status: call.status,
                phone: call.phone,
                answeredAt: call.answered_at?.toISOString() ?? null,
                bridgedAt: call.bridged_at?.toISOString() ?? null,
              }
            : null,
          record: record
            ? {
                ...presentRecord(record),
                listTypeName: listType?.name ?? record.list_type,
                listTypeDescription: listType?.description ?? "",
              }
            : null,
          callbacks: (await listMyCallbacks(tx, userId)).map((c) => ({
            recordId: c.record_id,
            customerId: c.customer_id,
            customerName: c.customer_name,
            callbackAt: c.callback_at.toISOString(),
            listType: c.list_type,
          })),
        };
      }),
  );

  app.get(
    "/api/outbound/agent/preview",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary:
          "Modo vista previa: los registros de la campaña del asesor que puede marcar ahora (primero sus devoluciones de llamada vencidas), paginados",
        querystring: Type.Object(pageOnlyQuery),
        response: { 200: DialableRecords, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx, actor, now }) => {
        const window = pageWindow(request.query);
        const agent = await findAgent(tx, actor.userId!);
        if (!agent || agent.state === "offline") return { items: [], total: 0, page: window.page, pageSize: window.pageSize };
        const timezone = (await loadTenantCalendar(tx)).settings.timezone;
        const engineNow = installedDialer()?.now() ?? now;
        const campaign = await findOutboundCampaign(tx, agent.campaign_id);
        const { rows, total } = await listDialableRecords(tx, {
          onlyMyCallbacks: campaign?.pacing_mode !== "preview",
          campaignId: agent.campaign_id,
          userId: actor.userId!,
          now: engineNow,
          localDate: DateTime.fromJSDate(engineNow, { zone: timezone }).toISODate()!,
          limit: window.limit,
          offset: window.offset,
        });
        return {
          items: rows.map((r) => ({
            recordId: r.id,
            customerId: r.customer_id,
            customerName: r.customer_name,
            listType: r.list_type,
            reason: r.reason,
            priority: r.priority,
            attempts: r.attempts,
            lastOutcome: r.last_outcome,
            callbackAt: r.callback_at?.toISOString() ?? null,
            isMyCallback: r.is_my_callback,
          })),
          total,
          page: window.page,
          pageSize: window.pageSize,
        };
      }),
  );

  app.post(
    "/api/outbound/records/:id/dial",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary:
          "Marcar este registro (modo vista previa, o la devolución de llamada propia): se revisa la política de contacto y la llamada llega al asesor al contestar",
        params: Type.Object({ id: Uuid }),
        response: { 200: DialRecordResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const engine = dialer();
      const { result, actions } = await inTenant(request, (ctx) =>
        dialRecord({ recordId: request.params.id }, onDialerClock(ctx), engine),
      );
      await engine.perform(requireActor(request).tenantId, actions);
      return result;
    },
  );

  app.put(
    "/api/outbound/agent/state",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "Cambiar el estado del asesor en una campaña: disponible, en pausa (con motivo) o desconectado",
        body: SetAgentStateBody,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      const engine = dialer();
      const actions = await inTenant(request, (ctx) => setAgentState(request.body, onDialerClock(ctx), engine));
      await engine.perform(requireActor(request).tenantId, actions);
      return { ok: true as const };
    },
  );

  app.post(
    "/api/outbound/calls/:id/hangup",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary: "Colgar la llamada en curso del asesor (queda en tipificación)",
        params: Type.Object({ id: Uuid }),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      const engine = dialer();
      await inTenant(request, async ({ tx, actor }) => {
        const call = await findCall(tx, request.params.id);
        if (!call || call.agent_id !== actor.userId) throw new AppError("NOT_FOUND", "Llamada no encontrada");
      });
      await engine.port.hangUp(request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    "/api/outbound/calls/:id/complete",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary:
          "Tipificar y cerrar la llamada: tipificación, solución en primer contacto o número de caso (CUN), notas, respuestas del soporte guiado y de los ofrecimientos, cierre (cerrado o seguimiento con fecha de devolución de llamada) y siguiente estado",
        params: Type.Object({ id: Uuid }),
        body: CompleteCallBody,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      const engine = dialer();
      const actions = await inTenant(request, (ctx) =>
        completeCall({ ...request.body, callId: request.params.id }, onDialerClock(ctx), engine),
      );
      await engine.perform(requireActor(request).tenantId, actions);
      return { ok: true as const };
    },
  );

  app.post(
    "/api/outbound/calls/:id/pqr",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary:
          "Radicar una PQR del cliente de la llamada (paso 5): se emite su CUN y se informa la fecha límite de respuesta y el canal escogido",
        params: Type.Object({ id: Uuid }),
        body: FilePqrFromCallBody,
        response: { 201: PqrFromCallSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const filed = await inTenant(request, (ctx) => filePqrFromCall({ ...request.body, callId: request.params.id }, ctx));
      return reply.status(201).send(filed);
    },
  );

  app.get(
    "/api/outbound/calls/:id/visit-slots",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary:
          "Franjas de la agenda de técnicos con cupo en la zona, en los próximos 14 días (las 20 más próximas), para agendar la visita con el cliente de la llamada",
        params: Type.Object({ id: Uuid }),
        querystring: Type.Object({ zone: Type.String({ minLength: 1, maxLength: 80 }) }),
        response: { 200: Type.Array(VisitSlotSchema), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx, actor, now: requestNow }) => {
        const call = await findCall(tx, request.params.id);
        if (!call || call.agent_id !== actor.userId) throw new AppError("NOT_FOUND", "Llamada no encontrada");
        // The call's clock: the slots free at the time the advisor and the customer speak.
        const now = installedDialer()?.now() ?? requestNow;
        const slots = await databaseAgenda.freeSlots(
          tx,
          request.query.zone.trim(),
          now,
          new Date(now.getTime() + 14 * 86_400_000),
          20,
        );
        return slots.map(presentVisitSlot);
      }),
  );

  app.post(
    "/api/outbound/calls/:id/visit",
    {
      config: { permission: PERMISSIONS.work },
      schema: {
        tags,
        summary:
          "Agendar la visita técnica del cliente de la llamada en una franja de la agenda, o escalarla al back office cuando no hay cupo (paso 4)",
        params: Type.Object({ id: Uuid }),
        body: BookVisitBody,
        response: { 201: BookedVisitSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // On the call's clock, like the slots offered: the escalation's date is the one the back office counts from.
      const booked = await inTenant(request, (ctx) =>
        bookVisit({ ...request.body, callId: request.params.id }, onDialerClock(ctx), databaseAgenda),
      );
      return reply.status(201).send(booked);
    },
  );

  app.post(
    "/api/outbound/visit-slots",
    {
      config: { permission: PERMISSIONS.supervise },
      schema: {
        tags,
        summary: "Abrir una franja de la agenda de técnicos (zona, inicio, fin y cupo): el simulador de la agenda de campo",
        body: OpenVisitSlotBody,
        response: { 201: Type.Object({ id: Type.String() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const id = await inTenant(request, (ctx) => openVisitSlot(request.body, ctx));
      return reply.status(201).send({ id });
    },
  );

  app.get(
    "/api/outbound/campaigns/:id/live",
    {
      config: { permission: PERMISSIONS.supervise },
      schema: {
        tags,
        summary:
          "Vista en tiempo real de una campaña: asesores por estado con su tiempo, llamadas timbrando, contestadas y en espera, nivel de marcación, abandono hoy y en 30 días, registros en la tolva, penetración de las bases y bloqueos de la política de contacto",
        params: Type.Object({ id: Uuid }),
        response: { 200: CampaignLive, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx, now }) => {
        const campaign = await findOutboundCampaign(tx, request.params.id);
        if (!campaign) throw new AppError("NOT_FOUND", "Campaña de salida no encontrada");
        const timezone = (await loadTenantCalendar(tx)).settings.timezone;
        const engineNow = installedDialer()?.now() ?? now;
        const stats = await campaignStats(tx, campaign.id, engineNow, timezone);
        const settings = await readDialerSettings(tx);
        const startOfDay = new Date(engineNow.getTime() - 86_400_000);
        const penetration = await countContactRecords(tx, campaign.id);
        return {
          campaign: { id: campaign.id, code: campaign.code, name: campaign.name, pacingMode: campaign.pacing_mode },
          dialLevel: stats.dialLevel,
          maxLevel: settings.pacing.maxLevel,
          targetDropPercent: settings.pacing.targetDropPercent,
          agents: (await listLiveAgents(tx, campaign.id)).map((a) => ({
            userId: a.user_id,
            name: a.full_name,
            state: a.state,
            pauseReason: settings.pauseReasons.find((r) => r.code === a.pause_reason)?.name ?? a.pause_reason,
            stateSince: a.state_since.toISOString(),
            secondsInState: Math.max(0, Math.round((engineNow.getTime() - a.state_since.getTime()) / 1000)),
            customerName: a.customer_name,
          })),
          calls: { ringing: stats.ringing, waiting: stats.waitingCalls, onCall: stats.bridged },
          today: { ...stats.today, dropPercent: dropRate(stats.today) },
          last24Hours: { ...stats.last24Hours, dropPercent: dropRate(stats.last24Hours) },
          last30Days: { ...stats.last30Days, dropPercent: dropRate(stats.last30Days) },
          hopperDepth: stats.hopperDepth,
          lists: penetration.map((p) => ({
            listType: p.list_type,
            status: p.status,
            records: p.n,
            attempted: p.attempted,
            contacted: p.contacted,
          })),
          blockedToday: await countPolicyBlocks(tx, campaign.id, startOfDay),
          secondsInState: await timeInStates(tx, campaign.id, startOfDay, engineNow),
        };
      }),
  );

  app.post(
    "/api/outbound/campaigns/:id/dial",
    {
      config: { permission: PERMISSIONS.supervise },
      schema: {
        tags,
        summary: "Ejecutar ahora una ronda del marcador de la campaña (la misma que corre cada 2 s con el servidor)",
        params: Type.Object({ id: Uuid }),
        response: { 200: TickResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const engine = dialer();
      const tenantId = requireActor(request).tenantId;
      const exists = await inTenant(request, ({ tx }) => findOutboundCampaign(tx, request.params.id));
      if (!exists) throw new AppError("NOT_FOUND", "Campaña de salida no encontrada");
      return engine.tick(tenantId, request.params.id);
    },
  );
}
