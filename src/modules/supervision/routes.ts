import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { DateTime } from "luxon";
import { inTenant } from "../../platform/http/in-tenant.js";
import { errorResponses, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { installedDialer } from "../dialer/index.js";
import { findDefinition, mayRead, readIndicator } from "../indicators/index.js";
import { findCurrentTenant } from "../tenants/index.js";
import { DAY_EVENTS, DAY_INDICATORS, PERMISSIONS } from "./policy.js";
import { agentsByState, campaignQueues, type DeadlineAlertRow, deadlinesAtRisk } from "./queries.js";

const tags = ["supervision"];

/** A deadline alert on the day: what is due, about which subject (its page is the web's to find), and when. */
const DeadlineAlert = Type.Object({
  id: Uuid,
  kind: Type.String(),
  subjectType: Type.String(),
  subjectId: Type.String(),
  dueAt: Timestamp,
});

const presentAlert = (d: DeadlineAlertRow) => ({
  id: d.id,
  kind: d.kind,
  subjectType: d.subject_type,
  subjectId: d.subject_id,
  dueAt: new Date(d.due_at).toISOString(),
});

const SupervisorDay = Type.Object({
  day: Type.String({ format: "date" }),
  at: Timestamp,
  events: Type.Array(Type.String(), { description: "Eventos del canal en tiempo real que cambian este resumen" }),
  campaigns: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      hopperDepth: Type.Integer(),
      ringing: Type.Integer(),
      waiting: Type.Integer(),
      onCall: Type.Integer(),
      callsToday: Type.Integer(),
    }),
  ),
  agents: Type.Object({ ready: Type.Integer(), onCall: Type.Integer(), wrapUp: Type.Integer(), paused: Type.Integer() }),
  deadlines: Type.Object({
    atRisk: Type.Integer(),
    breachedToday: Type.Integer(),
    soonest: Type.Array(DeadlineAlert, { description: "Los cinco en riesgo que vencen primero" }),
    breached: Type.Array(DeadlineAlert, { description: "Los cinco vencidos hoy más recientes" }),
  }),
  indicators: Type.Array(
    Type.Object({
      code: Type.String(),
      unit: Type.String(),
      better: Type.String(),
      target: Nullable(Type.Number()),
      value: Nullable(Type.Number()),
      verdict: Nullable(Type.String()),
    }),
  ),
});

/** HTTP of the supervisor's day: one snapshot; the page reloads it on the realtime events it names. */
export async function supervisionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/api/supervision/day",
    {
      config: { permission: PERMISSIONS.day },
      schema: {
        tags,
        summary:
          "El día del supervisor en una consulta: la cola de cada campaña, los asesores por estado, los plazos en riesgo o vencidos hoy y los indicadores de hoy frente a su meta",
        response: { 200: SupervisorDay, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx, actor, now: clock }) => {
        const now = installedDialer()?.now() ?? clock;
        const timezone = (await findCurrentTenant(tx))?.timezone ?? "UTC";
        const today = DateTime.fromJSDate(now, { zone: timezone }).startOf("day");
        const day = today.toISODate()!;
        const campaigns = await campaignQueues(tx, today.toJSDate());
        const agents = await agentsByState(tx);
        const risk = await deadlinesAtRisk(tx, now, today.toJSDate());
        // One statement at a time on the transaction's connection.
        const indicators = [];
        // The engine's read rule holds here too: a tile only for an indicator the actor may read on /indicadores.
        for (const code of DAY_INDICATORS.filter((c) => mayRead(actor, findDefinition(c)))) {
          const report = await readIndicator(tx, { code, last: day, grain: "day", periods: 1, dimension: "total", timezone });
          const cell = report.series[0]?.cells.at(-1);
          indicators.push({
            code,
            unit: report.unit,
            better: report.better,
            target: "value" in report.target && typeof report.target.value === "number" ? report.target.value : null,
            value: cell?.value ?? null,
            verdict: cell?.verdict ?? null,
          });
        }
        return {
          day,
          at: now.toISOString(),
          events: [...DAY_EVENTS],
          campaigns: campaigns.map((c) => ({
            id: c.id,
            name: c.name,
            hopperDepth: c.hopper,
            ringing: c.ringing,
            waiting: c.waiting,
            onCall: c.on_call,
            callsToday: c.calls_today,
          })),
          agents: {
            ready: agents.ready ?? 0,
            onCall: agents.on_call ?? 0,
            wrapUp: agents.wrap_up ?? 0,
            paused: agents.paused ?? 0,
          },
          deadlines: {
            atRisk: risk.at_risk,
            breachedToday: risk.breached_today,
            soonest: risk.soonest.map(presentAlert),
            breached: risk.breached.map(presentAlert),
          },
          indicators,
        };
      }),
  );
}
