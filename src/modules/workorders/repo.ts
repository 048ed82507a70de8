import type { Tx } from "../../platform/db/pool.js";
import type { DeadlineStatus } from "../deadlines/index.js";
import type { OrderType } from "./catalog-types.js";
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

/** An order with what the printed list, the board and the technician need about its customer and product. */
export interface WorkOrderListRow extends WorkOrderRow {
  customer_code: string;
  customer_name: string;
  customer_phone: string | null;
  customer_address: string | null;
  customer_city: string | null;
  service_number: string;
  product_kind: string;
  technology: string;
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

/** The order's columns with its deadline's due instant, at-risk instant and status. */
const ORDER = "o.*, d.due_at, d.at_risk_at, d.status AS deadline_status";
const WITH_DEADLINE = "JOIN deadlines d ON d.tenant_id = o.tenant_id AND d.id = o.deadline_id";

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

export interface WorkOrderFilter {
  statuses?: WorkOrderStatus[];
  activityCode?: string;
  /** What created the orders: "retention_case" for the Xpress orders of seed 000. */
  originType?: string;
  ids?: string[];
  customerId?: string;
  limit: number;
}

/** Orders with their customer, product and deadline, soonest due first. */
export async function listWorkOrders(tx: Tx, filter: WorkOrderFilter): Promise<WorkOrderListRow[]> {
  const { rows } = await tx.query<WorkOrderListRow>(
    `SELECT ${ORDER}, c.code AS customer_code, c.full_name AS customer_name, c.phone AS customer_phone,
            c.address AS customer_address, c.city AS customer_city, p.service_number, p.kind AS product_kind, p.technology
       FROM work_orders o
       ${WITH_DEADLINE}
       JOIN customers c ON c.tenant_id = o.tenant_id AND c.id = o.customer_id
       JOIN products p ON p.tenant_id = o.tenant_id AND p.id = o.product_id
      WHERE ($1::text[] IS NULL OR o.status = ANY($1))
        AND ($2::text IS NULL OR o.activity_code = $2)
        AND ($3::uuid[] IS NULL OR o.id = ANY($3))
        AND ($4::uuid IS NULL OR o.customer_id = $4)
        AND ($5::text IS NULL OR o.origin_type = $5)
      ORDER BY d.due_at, o.number
      LIMIT $6`,
    [
      filter.statuses ?? null,
      filter.activityCode ?? null,
      filter.ids ?? null,
      filter.customerId ?? null,
      filter.originType ?? null,
      filter.limit,
    ],
  );
  return rows;
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
