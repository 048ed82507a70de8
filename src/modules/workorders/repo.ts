import type { Tx } from "../../platform/db/pool.js";
import type { DeadlineStatus } from "../deadlines/index.js";
import type { OrderType } from "./catalog-types.js";
import { ORDER, WITH_DEADLINE } from "./order-sql.js";
import type { WorkOrderStatus } from "./procedure.js";

export interface WorkOrderRow {
  id: string;
  number: number;
  order_type: OrderType;
  customer_id: string;
  product_id: string;
  activity_code: string;
  activity_name: string;
  catalog_version: number;
  payment_method: string;
  value: string;
  observation: string;
  origin_type: string;
  origin_id: string;
  status: WorkOrderStatus;
  deadline_id: string;
  /** From the order's deadline (the deadline service moves them on pause and resume). */
  due_at: Date;
  at_risk_at: Date;
  deadline_status: DeadlineStatus;
  printed_at: Date | null;
  printed_by: string | null;
  tasks_done: string[];
  result: string | null;
  signature: string | null;
  signed_by_name: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  external_reference: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface NewWorkOrder {
  id: string;
  tenantId: string;
  orderType: OrderType;
  customerId: string;
  productId: string;
  activityCode: string;
  activityName: string;
  catalogVersion: number;
  paymentMethod: string;
  value: number;
  observation: string;
  originType: string;
  originId: string;
  deadlineId: string;
  createdBy: string | null;
  now: Date;
}

/** Inserts an open order with its deadline; undefined when the origin already has an order of this activity. */
export async function insertWorkOrder(tx: Tx, order: NewWorkOrder): Promise<WorkOrderRow | undefined> {
  const { rows } = await tx.query<WorkOrderRow>(
    `WITH o AS (
       INSERT INTO work_orders (id, tenant_id, order_type, customer_id, product_id, activity_code, activity_name, catalog_version,
                                payment_method, value, observation, origin_type, origin_id, status, deadline_id, created_by,
                                created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'open', $14, $15, $16, $16)
       ON CONFLICT (tenant_id, origin_type, origin_id, activity_code) DO NOTHING
       RETURNING *)
     SELECT ${ORDER} FROM o ${WITH_DEADLINE}`,
    [
      order.id,
      order.tenantId,
      order.orderType,
      order.customerId,
      order.productId,
      order.activityCode,
      order.activityName,
      order.catalogVersion,
      order.paymentMethod,
      order.value,
      order.observation,
      order.originType,
      order.originId,
      order.deadlineId,
      order.createdBy,
      order.now,
    ],
  );
  return rows[0];
}

/** One order; `forUpdate` locks it so the supervisor's print and the technician's close take turns. */
export async function findWorkOrder(
  tx: Tx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<WorkOrderRow | undefined> {
  const { rows } = await tx.query<WorkOrderRow>(
    `SELECT ${ORDER} FROM work_orders o ${WITH_DEADLINE} WHERE o.id = $1${options.forUpdate ? " FOR UPDATE OF o" : ""}`,
    [id],
  );
  return rows[0];
}

/** Locks these orders (in id order, so two prints of overlapping lists take turns) and returns those that exist. */
export async function lockWorkOrders(tx: Tx, ids: readonly string[]): Promise<WorkOrderRow[]> {
  const { rows } = await tx.query<WorkOrderRow>(
    `SELECT ${ORDER} FROM work_orders o ${WITH_DEADLINE} WHERE o.id = ANY($1) ORDER BY o.id FOR UPDATE OF o`,
    [ids],
  );
  return rows;
}

/** Marks orders printed; a reprint keeps the first print's instant and supervisor. */
export async function markWorkOrdersPrinted(tx: Tx, ids: readonly string[], userId: string | null, now: Date): Promise<void> {
  await tx.query(
    `UPDATE work_orders SET status = 'printed', printed_at = coalesce(printed_at, $3), printed_by = coalesce(printed_by, $2),
            updated_at = $3
      WHERE id = ANY($1)`,
    [ids, userId, now],
  );
}

export async function markWorkOrderClosed(
  tx: Tx,
  id: string,
  closing: { tasksDone: string[]; result: string; signature: string; signedByName: string; userId: string | null; now: Date },
): Promise<WorkOrderRow> {
  const { rows } = await tx.query<WorkOrderRow>(
    `WITH o AS (
       UPDATE work_orders SET status = 'closed', tasks_done = $2, result = $3, signature = $4, signed_by_name = $5,
              closed_by = $6, closed_at = $7, updated_at = $7
        WHERE id = $1 RETURNING *)
     SELECT ${ORDER} FROM o ${WITH_DEADLINE}`,
    [id, closing.tasksDone, closing.result, closing.signature, closing.signedByName, closing.userId, closing.now],
  );
  return rows[0]!;
}

export async function setWorkOrderReference(tx: Tx, id: string, reference: string): Promise<void> {
  await tx.query("UPDATE work_orders SET external_reference = $2 WHERE id = $1", [id, reference]);
}

export interface OrderProductRow {
  id: string;
  customer_id: string;
  service_number: string;
  kind: string;
  technology: string;
  status: string;
}

export async function findOrderProduct(tx: Tx, productId: string): Promise<OrderProductRow | undefined> {
  const { rows } = await tx.query<OrderProductRow>(
    "SELECT id, customer_id, service_number, kind, technology, status FROM products WHERE id = $1",
    [productId],
  );
  return rows[0];
}

export async function listUsedActivityCodes(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ code: string }>("SELECT DISTINCT activity_code AS code FROM work_orders");
  return rows.map((row) => row.code);
}

/** The checklist tasks orders have done, by activity. */
export async function listUsedTaskCodes(tx: Tx): Promise<Array<{ activity_code: string; code: string }>> {
  const { rows } = await tx.query<{ activity_code: string; code: string }>(
    "SELECT DISTINCT activity_code, unnest(tasks_done) AS code FROM work_orders",
  );
  return rows;
}

/** Marks an order annulled (status cancelled). */
export async function markWorkOrderAnnulled(tx: Tx, id: string, now: Date): Promise<WorkOrderRow> {
  const { rows } = await tx.query<WorkOrderRow>(
    `WITH o AS (UPDATE work_orders SET status = 'cancelled', updated_at = $2 WHERE id = $1 RETURNING *)
     SELECT ${ORDER} FROM o ${WITH_DEADLINE}`,
    [id, now],
  );
  return rows[0]!;
}
