import { useCallback, useEffect, useState } from "react";
import { isAbort } from "../../../api/client";
import { fetchTimelinePage, type TimelineEvent, type TimelineSubject, timelineKey } from "../api/timeline-api";

export interface Timeline {
  events: TimelineEvent[];
  hasMore: boolean;
  isLoading: boolean;
  error: unknown;
  loadMore: () => void;
}

/** The newest page of a subject's timeline, and older pages on demand. */
export function useTimeline(subject: TimelineSubject): Timeline {
  const key = timelineKey(subject);
  const [events, setEvents] = useState<TimelineEvent[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [isLoading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the subject (a fresh object each render).
  const load = useCallback(
    (before: number | null, signal?: AbortSignal) => {
      setLoading(true);
      setError(null);
      fetchTimelinePage(subject, before, signal)
        .then((page) => {
          setEvents((previous) => (before === null ? page.events : [...previous, ...page.events]));
          setNextBefore(page.nextBefore);
        })
        .catch((failure: unknown) => {
          if (!isAbort(failure)) setError(failure);
        })
        .finally(() => {
          if (!signal?.aborted) setLoading(false);
        });
    },
    [key],
  );

  useEffect(() => {
    const controller = new AbortController();
    setEvents([]);
    load(null, controller.signal);
    return () => controller.abort();
  }, [load]);

  const loadMore = useCallback(() => {
    if (nextBefore !== null) load(nextBefore);
  }, [load, nextBefore]);

  return { events, hasMore: nextBefore !== null, isLoading, error, loadMore };
}
