import { api, queryString } from "../../../api/client";
import type { DeadlineStatus } from "../../deadlines/api/deadlines-api";

export type WorkOrderStatus = "open" | "printed" | "closed" | "cancelled";

export interface WorkOrderItem {
  id: string;
  number: number;
  orderType: string;
  activityCode: string;
  activityName: string;
  paymentMethod: string;
  value: number;
  observation: string;
  status: WorkOrderStatus;
  /** The order's deadline: due and at-risk instants, and its status. */
  dueAt: string;
  atRiskAt: string;
  deadlineStatus: DeadlineStatus;
  printedAt: string | null;
  closedAt: string | null;
  tasksDone: string[];
  result: string | null;
  hasSignature: boolean;
  signedByName: string | null;
  externalReference: string | null;
  createdAt: string;
  customerCode: string;
  customerName: string;
  customerPhone: string | null;
  customerAddress: string | null;
  customerCity: string | null;
  serviceNumber: string;
  productKind: string;
  technology: string;
  isBreached: boolean;
}

export interface WorkOrderDetail extends WorkOrderItem {
  checklist: Array<{ code: string; name: string }>;
  signature: string | null;
}

/** The Xpress orders are the retention cases' orders (step 5), whatever activity the tenant's settings name. */
export const XPRESS_ORIGIN = "retention_case";

export const workOrdersPath = (statuses: WorkOrderStatus[], originType?: string) => {
  const status = statuses.map((s) => `status=${s}`).join("&");
  const rest = queryString({ originType }).replace(/^\?/, "");
  return `/api/work-orders?${[status, rest].filter(Boolean).join("&")}`;
};
export const workOrderPath = (id: string) => `/api/work-orders/${encodeURIComponent(id)}`;

export const workOrdersApi = {
  print: (body: { ids?: string[]; activityCode?: string; originType?: string }) =>
    api.post<WorkOrderItem[]>("/api/work-orders/print", body),
  close: (id: string, body: { tasksDone: string[]; result: string; signature: string | null; signedByName: string }) =>
    api.post<WorkOrderItem>(`/api/work-orders/${encodeURIComponent(id)}/close`, body),
};
