import { type ApiResponse, client, unwrap } from "../../../api/client";

/** One page of a timeline, newest first; pass `nextBefore` as `before` for the next (older) page, null on the last. */
export type TimelinePage = ApiResponse<"/api/timeline/{subjectType}/{subjectId}">;
/** One append-only timeline entry: who (and in which role) did what to which subject, before → after. */
export type TimelineEvent = TimelinePage["events"][number];

/** A customer's whole timeline, or the timeline of any one subject (a case, an order, a user, an import…). */
export type TimelineSubject =
  | { kind: "customer"; customerId: string }
  | { kind: "subject"; subjectType: string; subjectId: string };

export const TIMELINE_PAGE_SIZE = 50;

/** A key that changes when the subject does. */
export function timelineKey(subject: TimelineSubject): string {
  return subject.kind === "customer" ? `customer:${subject.customerId}` : `subject:${subject.subjectType}/${subject.subjectId}`;
}

export function fetchTimelinePage(subject: TimelineSubject, before: number | null, signal?: AbortSignal): Promise<TimelinePage> {
  const query = { limit: TIMELINE_PAGE_SIZE, before: before ?? undefined };
  return subject.kind === "customer"
    ? unwrap(client.GET("/api/customers/{id}/timeline", { params: { path: { id: subject.customerId }, query }, signal }))
    : unwrap(
        client.GET("/api/timeline/{subjectType}/{subjectId}", {
          params: { path: { subjectType: subject.subjectType, subjectId: subject.subjectId }, query },
          signal,
        }),
      );
}
