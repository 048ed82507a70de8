import { type ApiBody, type ApiResponse, client, unwrap } from "../../../api/client";

export type WorkOrderItem = ApiResponse<"/api/work-orders">[number];
/** An order as printed: with the tasks of its checklist. */
export type PrintedWorkOrder = ApiResponse<"/api/work-orders/print", "post">[number];

/** The Xpress orders are the retention cases' orders (step 5), whatever activity the tenant's settings name. */
export const XPRESS_ORIGIN = "retention_case";

export const workOrdersApi = {
  print: (body: ApiBody<"/api/work-orders/print">) => unwrap(client.POST("/api/work-orders/print", { body })),
  close: (id: string, body: ApiBody<"/api/work-orders/{id}/close">) =>
    unwrap(client.POST("/api/work-orders/{id}/close", { params: { path: { id } }, body })),
};
