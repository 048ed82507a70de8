import { queryString } from "../../../api/client";

export const DEADLINE_STATUSES = ["running", "paused", "met", "breached", "cancelled"] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** A deadline (SLA timer) on a case, order or other subject, as GET /api/deadlines lists it. */
export interface Deadline {
  id: string;
  subjectType: string;
  subjectId: string;
  kind: string;
  status: DeadlineStatus;
  dueAt: string;
  atRiskAt: string;
  startedAt: string;
  pausedAt: string | null;
  /** Set when the deadline was completed (on time, or late with status breached). */
  metAt: string | null;
}

export const deadlinesPath = (status: DeadlineStatus | null) => `/api/deadlines${queryString({ status: status ?? undefined })}`;

/** The server-sent events that announce a deadline at risk or breached; their data is the deadline. */
export const DEADLINE_EVENTS = ["deadline.at_risk", "deadline.breached"] as const;

export function isDeadline(data: unknown): data is Deadline {
  return typeof data === "object" && data !== null && "id" in data && "dueAt" in data && "kind" in data;
}
