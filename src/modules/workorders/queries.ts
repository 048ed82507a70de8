import type { Tx } from "../../platform/db/pool.js";
import { ORDER, WITH_DEADLINE } from "./order-sql.js";
import type { WorkOrderStatus } from "./procedure.js";
import type { WorkOrderRow } from "./repo.js";

/** SQL reads of work orders: the lists the board, the print and the CLI show (writes are in repo.ts). */

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
