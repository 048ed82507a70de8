import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { errorResponses, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { DEADLINE_STATUSES } from "../deadlines/index.js";
import { readChecklists } from "./checklists.js";
import { closeWorkOrder } from "./commands/close-work-order.js";
import { printWorkOrders } from "./commands/print-work-orders.js";
import { workOrderPhotoRoutes } from "./photo-routes.js";
import { presentWorkOrder, presentWorkOrderListItem } from "./presenter.js";
import { listWorkOrders } from "./queries.js";

const OriginType = Type.String({
  pattern: "^[a-z_]{1,40}$",
  description: "Qué generó las órdenes: retention_case para las órdenes Xpress de los casos de retención",
});
const Status = Type.Union([Type.Literal("open"), Type.Literal("printed"), Type.Literal("closed"), Type.Literal("cancelled")]);

export const WorkOrder = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  orderType: Type.String(),
  customerId: Uuid,
  productId: Uuid,
  activityCode: Type.String(),
  activityName: Type.String(),
  paymentMethod: Type.String(),
  value: Type.Number(),
  observation: Type.String(),
  originType: Type.String(),
  originId: Uuid,
  status: Status,
  deadlineId: Uuid,
  /** The deadline's (24 clock hours for the Xpress fix), moved by its pauses. */
  dueAt: Timestamp,
  atRiskAt: Timestamp,
  deadlineStatus: Type.Union(DEADLINE_STATUSES.map((status) => Type.Literal(status))),
  printedAt: Nullable(Timestamp),
  tasksDone: Type.Array(Type.String()),
  result: Nullable(Type.String()),
  hasSignature: Type.Boolean(),
  signedByName: Nullable(Type.String()),
  closedAt: Nullable(Timestamp),
  externalReference: Nullable(Type.String()),
  createdAt: Timestamp,
});

const WorkOrderListItem = Type.Object({
  ...WorkOrder.properties,
  customerCode: Type.String(),
  customerName: Type.String(),
  customerPhone: Nullable(Type.String()),
  customerAddress: Nullable(Type.String()),
  customerCity: Nullable(Type.String()),
  serviceNumber: Type.String(),
  productKind: Type.String(),
  technology: Type.String(),
  isBreached: Type.Boolean(),
});

const Checklist = Type.Array(Type.Object({ code: Type.String(), name: Type.String() }));
/** An order as its printed sheet shows it: the technician's tasks to tick and a box for the customer's signature. */
const PrintedWorkOrder = Type.Object({ ...WorkOrderListItem.properties, checklist: Checklist });
const WorkOrderDetail = Type.Object({
  ...WorkOrderListItem.properties,
  checklist: Checklist,
  signature: Nullable(Type.String({ description: "Firma del cliente (PNG en data URL)" })),
});

export async function workOrderRoutes(fastify: FastifyInstance) {
  await fastify.register(workOrderPhotoRoutes);
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/work-orders",
    {
      config: { permission: "workorders:read" },
      schema: {
        tags: ["work-orders"],
        summary: "Órdenes de trabajo con su cliente y su plazo, la más próxima a vencer primero",
        querystring: Type.Object({
          status: Type.Optional(Type.Array(Status, { description: "Uno o más estados (por defecto abiertas e impresas)" })),
          activityCode: Type.Optional(Type.String({ maxLength: 20 })),
          originType: Type.Optional(OriginType),
          customerId: Type.Optional(Uuid),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
        }),
        response: { 200: Type.Array(WorkOrderListItem), ...errorResponses },
      },
    },
    async (request) => {
      const { status, activityCode, originType, customerId, limit } = request.query;
      return inTenant(request, async ({ tx, now }) =>
        (
          await listWorkOrders(tx, {
            statuses: status ?? ["open", "printed"],
            activityCode,
            originType,
            customerId,
            limit: limit ?? 200,
          })
        ).map((row) => presentWorkOrderListItem(row, now)),
      );
    },
  );

  app.get(
    "/api/work-orders/:id",
    {
      config: { permission: "workorders:read" },
      schema: {
        tags: ["work-orders"],
        summary: "Una orden de trabajo con las tareas de su actividad y la firma",
        params: Type.Object({ id: Uuid }),
        response: { 200: WorkOrderDetail, ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx, now }) => {
        const [row] = await listWorkOrders(tx, { ids: [request.params.id], limit: 1 });
        if (!row) throw new AppError("NOT_FOUND", "Orden de trabajo no encontrada");
        const checklists = await readChecklists(tx, [row]);
        return { ...presentWorkOrderListItem(row, now), checklist: checklists.get(row.id) ?? [], signature: row.signature };
      }),
  );

  app.post(
    "/api/work-orders/print",
    {
      config: { permission: "workorders:print" },
      schema: {
        tags: ["work-orders"],
        summary:
          "Imprimir órdenes (paso 6): las indicadas (también ya impresas: reimpresión), o todas las abiertas de una actividad u origen; quedan impresas. Devuelve cada hoja con sus tareas",
        body: Type.Object(
          {
            ids: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 1000, uniqueItems: true })),
            activityCode: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
            originType: Type.Optional(OriginType),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(PrintedWorkOrder), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async (ctx) => {
        const rows = await printWorkOrders(request.body, ctx);
        const checklists = await readChecklists(ctx.tx, rows);
        return rows.map((row) => ({ ...presentWorkOrderListItem(row, ctx.now), checklist: checklists.get(row.id) ?? [] }));
      }),
  );

  app.post(
    "/api/work-orders/:id/close",
    {
      config: { permission: "workorders:execute" },
      schema: {
        tags: ["work-orders"],
        summary: "Cerrar la orden (pasos 7–8): tareas realizadas, resultado y firma del cliente (obligatoria)",
        params: Type.Object({ id: Uuid }),
        body: Type.Object(
          {
            tasksDone: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 20 }),
            result: Type.String({ maxLength: 2000 }),
            signature: Type.Optional(Nullable(Type.String({ maxLength: 400_000 }))),
            signedByName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
          },
          { additionalProperties: false },
        ),
        response: { 200: WorkOrder, ...errorResponses },
      },
    },
    async (request) => presentWorkOrder(await inTenant(request, (ctx) => closeWorkOrder(request.params.id, request.body, ctx))),
  );
}
