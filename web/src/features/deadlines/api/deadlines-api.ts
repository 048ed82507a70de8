import type { ApiQueryParams, ApiResponse } from "../../../api/client";

type DeadlineList = ApiResponse<"/api/deadlines">;
/** A deadline (SLA timer) on a case, order or other subject, as GET /api/deadlines lists it. */
export type Deadline = Extract<DeadlineList, unknown[]>[number];
/** The orders the deadlines table can ask for. */
export type DeadlineSort = NonNullable<ApiQueryParams<"/api/deadlines">["sort"]>;
export type DeadlineStatus = Deadline["status"];

/** The statuses the deadlines page filters by, in the order it offers them. */
export const DEADLINE_STATUSES = [
  "running",
  "paused",
  "met",
  "breached",
  "cancelled",
] as const satisfies readonly DeadlineStatus[];

/** The server-sent events that announce a deadline at risk or breached; their data is the deadline. */
export const DEADLINE_EVENTS = ["deadline.at_risk", "deadline.breached"] as const;

export function isDeadline(data: unknown): data is Deadline {
  return typeof data === "object" && data !== null && "id" in data && "dueAt" in data && "kind" in data;
}
