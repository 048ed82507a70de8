import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { inTenant } from "../../platform/http/in-tenant.js";
import { PageOf, pageOnlyQuery, pageWindow } from "../../platform/http/paging.js";
import { errorResponses, literals, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { readPractices } from "./catalog.js";
import { moveImprovementIdea } from "./commands/move-idea.js";
import { recordPractice } from "./commands/record-practice.js";
import { PERMISSIONS } from "./policy.js";
import { adherenceOfWeek, listSessions } from "./queries.js";
import { adherence, FREQUENCIES, GOAL_PERIODS, IDEA_STATUSES } from "./rules.js";

const tags = ["practices"];
const IdeaStatus = literals(IDEA_STATUSES);

const PracticeSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  description: Type.String(),
  frequency: literals(FREQUENCIES),
  durationMinutes: Type.Integer(),
  recordsIdeas: Type.Boolean(),
  goals: Type.Array(Type.Object({ role: Type.String(), count: Type.Number(), per: literals(GOAL_PERIODS) })),
});

const SessionSchema = Type.Object({
  id: Uuid,
  practiceCode: Type.String(),
  leaderUserId: Uuid,
  leaderName: Type.String(),
  teamName: Nullable(Type.String()),
  heldAt: Timestamp,
  notes: Nullable(Type.String()),
  ideas: Type.Array(Type.Object({ id: Uuid, title: Type.String(), status: IdeaStatus })),
});

const AdherenceSchema = Type.Object({
  week: Type.String({ format: "date" }),
  leaders: Type.Array(
    Type.Object({
      leader: Type.String(),
      team: Nullable(Type.String()),
      adherence: Nullable(Type.Number({ description: "0–1; null cuando nada estaba previsto" })),
      practices: Type.Array(Type.Object({ practice: Type.String(), held: Type.Number(), due: Type.Number() })),
    }),
  ),
});

/** HTTP of the management practices: the catalog, recording a practice held, the ideas' status, a week's adherence. */
export async function practiceRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/practices",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "Las prácticas de gestión del catálogo con su frecuencia, rol responsable, meta y duración",
        response: { 200: Type.Object({ version: Type.Integer(), practices: Type.Array(PracticeSchema) }), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) => {
        const catalog = await readPractices(tx);
        return {
          version: catalog.version,
          practices: catalog.content.practices
            .filter((p) => !p.retired)
            .map((p) => ({ ...p, recordsIdeas: p.recordsIdeas ?? false, retired: undefined })),
        };
      }),
  );

  app.post(
    "/api/practices/sessions",
    {
      config: { permission: PERMISSIONS.record },
      schema: {
        tags,
        summary: "Registrar una práctica de gestión realizada (quién, equipo, cuándo, notas; ideas de una reunión de mejora)",
        body: Type.Object(
          {
            practiceCode: Type.String({ pattern: "^[a-z][a-z0-9_]{0,40}$" }),
            heldAt: Timestamp,
            teamId: Type.Optional(Uuid),
            notes: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
            ideas: Type.Optional(
              Type.Array(Type.Object({ title: Type.String({ minLength: 1, maxLength: 300 }) }, { additionalProperties: false }), {
                maxItems: 50,
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Uuid, ideaIds: Type.Array(Uuid) }), ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await inTenant(request, (ctx) => recordPractice(request.body, ctx))),
  );

  app.get(
    "/api/practices/sessions",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "Prácticas realizadas, las más recientes primero (las propias con mine=true)",
        querystring: Type.Object({ ...pageOnlyQuery, mine: Type.Optional(Type.Boolean()) }),
        response: { 200: PageOf(SessionSchema), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const window = pageWindow(request.query);
        const { rows, total } = await listSessions(ctx.tx, {
          leaderUserId: request.query.mine ? ctx.actor.userId : null,
          limit: window.limit,
          offset: window.offset,
        });
        return {
          items: rows.map((r) => ({
            id: r.id,
            practiceCode: r.practice_code,
            leaderUserId: r.leader_user_id,
            leaderName: r.leader_name,
            teamName: r.team_name,
            heldAt: r.held_at.toISOString(),
            notes: r.notes,
            ideas: r.ideas,
          })),
          total,
          page: window.page,
          pageSize: window.pageSize,
        };
      }),
  );

  app.patch(
    "/api/practices/ideas/:id",
    {
      config: { permission: PERMISSIONS.record },
      schema: {
        tags,
        summary: "Mover una idea de mejora: aprobada, en ejecución, implementada o descartada",
        params: Type.Object({ id: Uuid }),
        body: Type.Object({ status: IdeaStatus }, { additionalProperties: false }),
        response: { 200: Type.Object({ id: Uuid, status: IdeaStatus }), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, (ctx) => moveImprovementIdea({ ideaId: request.params.id, status: request.body.status }, ctx)),
  );

  app.get(
    "/api/practices/adherence",
    {
      config: { permission: PERMISSIONS.read },
      schema: {
        tags,
        summary: "Adherencia de la semana por líder: prácticas realizadas ÷ previstas (las propias con mine=true)",
        querystring: Type.Object({ week: Type.String({ format: "date" }), mine: Type.Optional(Type.Boolean()) }),
        response: { 200: AdherenceSchema, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const cells = await adherenceOfWeek(ctx.tx, request.query.week, request.query.mine ? ctx.actor.userId : null);
        const byLeader = new Map<
          string,
          { leader: string; team: string | null; cells: { practice: string; held: number; due: number }[] }
        >();
        for (const cell of cells) {
          const entry = byLeader.get(cell.leader) ?? { leader: cell.leader, team: cell.team, cells: [] };
          entry.cells.push({ practice: cell.practice, held: Number(cell.held), due: Number(cell.due) });
          byLeader.set(cell.leader, entry);
        }
        return {
          week: request.query.week,
          leaders: [...byLeader.values()].map((e) => ({
            leader: e.leader,
            team: e.team,
            adherence: adherence(e.cells),
            practices: e.cells,
          })),
        };
      }),
  );
}
