import { type ApiQuery, useApiQuery } from "../../../api/use-api-query";
import { useDebouncedValue } from "../../../ui/use-debounced-value";
import { type CustomerDetail, type CustomerSummary, MIN_QUERY_LENGTH, SEARCH_LIMIT } from "../api/customers-api";

const SEARCH_DELAY_MS = 250;

/** Search-as-you-type: asks the server once the query has settled and is long enough. */
export function useCustomerSearch(query: string): ApiQuery<CustomerSummary[]> & { isSearching: boolean } {
  const settled = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);
  const isSearching = settled.length >= MIN_QUERY_LENGTH;
  const search = useApiQuery(isSearching ? "/api/customers" : null, { query: { q: settled, limit: SEARCH_LIMIT } });
  // Sent with q alone, the route answers the plain search list (a page has `items`).
  const data = search.data === undefined ? undefined : Array.isArray(search.data) ? search.data : search.data.items;
  return { ...search, data, isSearching };
}

export function useCustomer(id: string): ApiQuery<CustomerDetail> {
  return useApiQuery("/api/customers/{id}", { path: { id } });
}
