import { api, queryString } from "../../../api/client";

/** One append-only timeline entry: who (and in which role) did what to which subject, before → after. */
export interface TimelineEvent {
  id: number;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  actorRole: string;
  subjectType: string;
  subjectId: string;
  customerId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

export interface TimelinePage {
  events: TimelineEvent[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
}

/** A customer's whole timeline, or the timeline of any one subject (a case, an order, a user, an import…). */
export type TimelineSubject =
  | { kind: "customer"; customerId: string }
  | { kind: "subject"; subjectType: string; subjectId: string };

export const TIMELINE_PAGE_SIZE = 50;

export function timelinePath(subject: TimelineSubject): string {
  return subject.kind === "customer"
    ? `/api/customers/${encodeURIComponent(subject.customerId)}/timeline`
    : `/api/timeline/${encodeURIComponent(subject.subjectType)}/${encodeURIComponent(subject.subjectId)}`;
}

export function fetchTimelinePage(path: string, before: number | null, signal?: AbortSignal): Promise<TimelinePage> {
  return api.get<TimelinePage>(`${path}${queryString({ limit: TIMELINE_PAGE_SIZE, before: before ?? undefined })}`, signal);
}
