import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { errorResponses, Nullable, Uuid } from "../../platform/http/schemas.js";
import { presentWorkOrder, WorkOrder } from "../workorders/index.js";
import { acceptCancellation } from "./commands/accept-cancellation.js";
import { checkRepeatedDamage } from "./commands/check-repeated-damage.js";
import { createXpressOrder } from "./commands/create-xpress-order.js";
import { fileBillingClaim } from "./commands/file-billing-claim.js";
import { grantPromotion } from "./commands/grant-promotion.js";
import { offerRemedy } from "./commands/offer-remedy.js";
import { openCase } from "./commands/open-case.js";
import { recordEvaluation } from "./commands/record-evaluation.js";
import { retainCustomer } from "./commands/retain-customer.js";
import { readEvaluation } from "./evaluation.js";
import { present360, presentCase } from "./presenter.js";
import { findCustomer360 } from "./queries.js";
import { CaseSummary, Customer360, EvaluationView } from "./schemas.js";

const IdParams = Type.Object({ id: Uuid });
const Month = Type.String({ pattern: "^\\d{4}-(0[1-9]|1[0-2])$", description: "Mes, AAAA-MM" });
const Note = Type.Optional(Nullable(Type.String({ maxLength: 2000 })));
const step = (summary: string) => ({ tags: ["retention"], summary, params: IdParams });

export async function retentionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/retention/customers/:id/360",
    {
      config: { permission: "retention:read" },
      schema: {
        tags: ["retention"],
        summary:
          "Ficha 360 del cliente para el asesor (paso 1), con daño reiterado, VIP, restricciones, ofertas y el caso abierto",
        params: IdParams,
        response: { 200: Customer360, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx, now, actor }) => {
        const row = await findCustomer360(tx, request.params.id, now);
        if (!row) throw new AppError("NOT_FOUND", "Cliente no encontrado");
        return present360(row, now, actor);
      }),
  );

  app.post(
    "/api/retention/cases",
    {
      config: { permission: "retention:work" },
      schema: {
        tags: ["retention"],
        summary: "Abrir el caso de retención de un cliente que pide la baja (paso 1); devuelve el abierto si ya existe",
        body: Type.Object({ customerId: Uuid, productId: Type.Optional(Nullable(Uuid)) }, { additionalProperties: false }),
        response: { 200: CaseSummary, 201: CaseSummary, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { row, isNew } = await inTenant(request, (ctx) => openCase(request.body, ctx));
      return reply.status(isNew ? 201 : 200).send(presentCase(row));
    },
  );

  app.post(
    "/api/retention/cases/:id/check",
    {
      config: { permission: "retention:work" },
      schema: { ...step("Revisar daños reiterados (paso 2)"), response: { 200: CaseSummary, ...errorResponses } },
    },
    async (request) => presentCase(await inTenant(request, (ctx) => checkRepeatedDamage(request.params.id, ctx))),
  );

  app.post(
    "/api/retention/cases/:id/offer",
    {
      config: { permission: "retention:work" },
      schema: {
        ...step("Registrar la compensación o el retiro de factura aceptado (pasos 3 y 12)"),
        body: Type.Object(
          { offerCode: Type.String({ minLength: 1, maxLength: 60 }), productId: Type.Optional(Nullable(Uuid)) },
          { additionalProperties: false },
        ),
        response: { 200: CaseSummary, ...errorResponses },
      },
    },
    async (request) => presentCase(await inTenant(request, (ctx) => offerRemedy(request.params.id, request.body, ctx))),
  );

  app.post(
    "/api/retention/cases/:id/billing-claim",
    {
      config: { permission: "retention:work" },
      schema: {
        ...step("Digitar el reclamo de facturación de la oferta aceptada (pasos 4 y 13); nunca dos veces"),
        response: { 200: CaseSummary, ...errorResponses },
      },
    },
    async (request) => presentCase(await inTenant(request, (ctx) => fileBillingClaim(request.params.id, ctx))),
  );

  app.post(
    "/api/retention/cases/:id/xpress-order",
    {
      config: { permission: "retention:work" },
      schema: {
        ...step("Generar la orden de Servicio de Ingeniería Xpress, atención en 24 horas (paso 5)"),
        body: Type.Object({ observation: Note }, { additionalProperties: false }),
        response: { 201: WorkOrder, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentWorkOrder(await inTenant(request, (ctx) => createXpressOrder(request.params.id, request.body, ctx)))),
  );

  app.post(
    "/api/retention/cases/:id/promotion",
    {
      config: { permission: "retention:work" },
      schema: {
        ...step("Habilitar una promoción/OTT sin costo ante la mejor oferta de la competencia (pasos 11 y 14)"),
        body: Type.Object(
          { offerCode: Type.String({ minLength: 1, maxLength: 60 }), productId: Uuid },
          { additionalProperties: false },
        ),
        response: { 200: CaseSummary, ...errorResponses },
      },
    },
    async (request) => presentCase(await inTenant(request, (ctx) => grantPromotion(request.params.id, request.body, ctx))),
  );

  app.post(
    "/api/retention/cases/:id/retain",
    {
      config: { permission: "retention:work" },
      schema: {
        ...step("Registrar al cliente como retenido"),
        body: Type.Object({ note: Note }, { additionalProperties: false }),
        response: { 200: CaseSummary, ...errorResponses },
      },
    },
    async (request) => presentCase(await inTenant(request, (ctx) => retainCustomer(request.params.id, request.body, ctx))),
  );

  app.post(
    "/api/retention/cases/:id/cancel",
    {
      config: { permission: "retention:work" },
      schema: {
        ...step("Aceptar la baja con su motivo"),
        body: Type.Object(
          { reasonCode: Type.String({ minLength: 1, maxLength: 60 }), note: Note },
          { additionalProperties: false },
        ),
        response: { 200: CaseSummary, ...errorResponses },
      },
    },
    async (request) => presentCase(await inTenant(request, (ctx) => acceptCancellation(request.params.id, request.body, ctx))),
  );

  app.get(
    "/api/retention/evaluation",
    {
      config: { permission: "reports:read" },
      schema: {
        tags: ["retention"],
        summary:
          "Evaluación de resultados (paso 15): casos cerrados por mes, equipo, rama y oferta, y las decisiones registradas",
        querystring: Type.Object({ months: Type.Optional(Type.Integer({ minimum: 1, maximum: 36, default: 6 })) }),
        response: { 200: EvaluationView, ...errorResponses },
      },
    },
    async (request) => inTenant(request, ({ tx, now }) => readEvaluation(tx, now, request.query.months ?? 6)),
  );

  app.post(
    "/api/retention/evaluations",
    {
      config: { permission: "retention:evaluate" },
      schema: {
        tags: ["retention"],
        summary: "Registrar la evaluación de un mes (paso 15): retroalimenta o reformula",
        body: Type.Object(
          {
            month: Month,
            decision: Type.Union([Type.Literal("feedback"), Type.Literal("reformulate")]),
            notes: Type.String({ minLength: 1, maxLength: 4000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await inTenant(request, (ctx) => recordEvaluation(request.body, ctx))),
  );
}
