import { ApiError } from "../../../api/client";
import { useServerEvent } from "../../../api/server-events";
import { useApiQuery } from "../../../api/use-api-query";
import { pageRows, type TableQuery } from "../../../ui/use-table-state";
import { DEADLINE_EVENTS, type DeadlineSort, type DeadlineStatus } from "../api/deadlines-api";

/** A page of deadlines with a status filter, reloaded when the server announces one at risk or breached. */
export function useDeadlines(status: DeadlineStatus | null, page: TableQuery<DeadlineSort>) {
  const query = useApiQuery("/api/deadlines", { query: { status: status ?? undefined, ...page } });
  useServerEvent(DEADLINE_EVENTS[0], query.reload);
  useServerEvent(DEADLINE_EVENTS[1], query.reload);
  // Servers without the deadlines module answer 404: an empty list, not an error.
  const isUnavailable = query.error instanceof ApiError && query.error.status === 404;
  const { rows, total } = pageRows(query.data);
  return {
    deadlines: isUnavailable ? [] : rows,
    total: isUnavailable ? 0 : total,
    error: isUnavailable ? null : query.error,
    isLoading: query.isLoading,
  };
}
