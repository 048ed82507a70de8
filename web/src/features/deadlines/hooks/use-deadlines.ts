import { ApiError } from "../../../api/client";
import { useServerEvent } from "../../../api/server-events";
import { useApiQuery } from "../../../api/use-api-query";
import { DEADLINE_EVENTS, type DeadlineStatus } from "../api/deadlines-api";

/** Deadlines with a status filter, reloaded when the server announces one at risk or breached. */
export function useDeadlines(status: DeadlineStatus | null) {
  const query = useApiQuery("/api/deadlines", { query: { status: status ?? undefined } });
  useServerEvent(DEADLINE_EVENTS[0], query.reload);
  useServerEvent(DEADLINE_EVENTS[1], query.reload);
  // Servers without the deadlines module answer 404: an empty list, not an error.
  const isUnavailable = query.error instanceof ApiError && query.error.status === 404;
  return {
    deadlines: isUnavailable ? [] : query.data,
    error: isUnavailable ? null : query.error,
    isLoading: query.isLoading,
  };
}
