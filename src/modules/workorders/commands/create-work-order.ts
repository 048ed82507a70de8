import { randomUUID } from "node:crypto";
import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { readCatalog } from "../../catalogs/index.js";
import { startDeadline } from "../../deadlines/index.js";
import { enqueueOutbound } from "../../integrations/index.js";
import { ACTIVITIES_KIND } from "../catalog-kind.js";
import type { ActivitiesCatalog } from "../catalog-types.js";
import { scheduleActivityFollowUps } from "../follow-ups.js";
import { findOrderProduct, insertWorkOrder, type WorkOrderRow } from "../repo.js";

export interface CreateWorkOrderInput {
  /** What asks for the order: a retention case, a service request … */
  originType: string;
  originId: string;
  customerId: string;
  productId: string;
  activityCode: string;
  observation: string;
}

/**
 * Generates a work order of a catalog activity (type, payment, value, deadline and checklist come from
 * the activity): starts its deadline on the deadline service (24 clock hours for the Xpress fix),
 * schedules the follow-ups the activity counts from the order's creation, and sends it to the
 * field-service agenda through the outbox. An origin has one order per activity (a unique constraint):
 * the caller's procedure keeps it from asking twice, a race ends in CONFLICT.
 */
export async function createWorkOrder(input: CreateWorkOrderInput, ctx: CommandContext): Promise<WorkOrderRow> {
  const catalog = await readCatalog<ActivitiesCatalog>(ctx.tx, ACTIVITIES_KIND, "default");
  const activity = catalog.content.activities.find((a) => a.code === input.activityCode);
  if (!activity || activity.retired) {
    throw new AppError("STEP_NOT_ALLOWED", `La actividad ${input.activityCode} no existe o está retirada del catálogo`, {
      field: "activityCode",
    });
  }
  const product = await findOrderProduct(ctx.tx, input.productId);
  if (!product || product.customer_id !== input.customerId) {
    throw new AppError("NOT_FOUND", "El producto no es de este cliente", { field: "productId" });
  }
  if (!activity.productKinds.includes(product.kind)) {
    throw new AppError(
      "STEP_NOT_ALLOWED",
      `La actividad ${activity.code} ${activity.name} se vende sobre productos ${activity.productKinds.join(", ")}; ${product.service_number} es ${product.kind}`,
      { field: "productId" },
    );
  }
  const observation = input.observation.trim();
  if (!observation)
    throw new AppError("VALIDATION_FAILED", "La observación de la orden no puede quedar vacía", { field: "observation" });

  // The deadline comes first so the order is born with it (the order reads its due instant from it).
  const id = randomUUID();
  const deadline = await startDeadline(
    {
      subjectType: "work_order",
      subjectId: id,
      customerId: input.customerId,
      kind: `activity_${activity.code}`,
      rule: activity.deadline,
    },
    ctx,
  );
  const order = await insertWorkOrder(ctx.tx, {
    id,
    tenantId: ctx.actor.tenantId,
    orderType: activity.orderType,
    customerId: input.customerId,
    productId: input.productId,
    activityCode: activity.code,
    activityName: activity.name,
    catalogVersion: catalog.version,
    paymentMethod: activity.paymentMethod,
    value: activity.value,
    observation,
    originType: input.originType,
    originId: input.originId,
    deadlineId: deadline.id,
    createdBy: ctx.actor.userId,
    now: ctx.now,
  });
  if (!order) throw new AppError("CONFLICT", "Otra persona generó esta orden al mismo tiempo; recargue");

  await recordEvent(ctx, {
    subjectType: "work_order",
    subjectId: order.id,
    customerId: order.customer_id,
    action: "work_order_created",
    after: {
      number: order.number,
      orderType: order.order_type,
      activity: `${activity.code} ${activity.name}`,
      paymentMethod: order.payment_method,
      value: activity.value,
      observation,
      serviceNumber: product.service_number,
      dueAt: order.due_at,
      origin: { type: input.originType, id: input.originId },
    },
  });
  await scheduleActivityFollowUps(activity, order, "created", order.created_at, ctx);
  await enqueueOutbound(
    {
      adapter: "field_service",
      operation: "work_order.create",
      idempotencyKey: `work_order:${order.id}:create`,
      subjectType: "work_order",
      subjectId: order.id,
      customerId: order.customer_id,
      payload: {
        number: order.number,
        orderType: order.order_type,
        activityCode: activity.code,
        activityName: activity.name,
        paymentMethod: order.payment_method,
        value: activity.value,
        serviceNumber: product.service_number,
        observation,
        dueAt: order.due_at.toISOString(),
      },
    },
    ctx,
  );
  return order;
}
