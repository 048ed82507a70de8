import type { SortingState } from "@tanstack/react-table";
import { useCallback, useMemo, useState } from "react";

/** What a server-paged table asks for: the page, its size and the sort in the API's form ("-field" descending). */
export interface TableQuery<S extends string = string> {
  page: number;
  pageSize: number;
  sort?: S;
}

export interface TableState<S extends string = string> {
  page: number;
  pageSize: number;
  sort?: S;
  sorting: SortingState;
  setSorting: (next: SortingState) => void;
  setPage: (page: number) => void;
  setPageSize: (size: number) => void;
  /** Back to the first page (a filter changed). */
  firstPage: () => void;
  /** The query to send: page, pageSize and sort (absent when unsorted). */
  query: TableQuery<S>;
}

/** The API's sort ("-receivedAt") of tanstack's sorting state ([{ id: "receivedAt", desc: true }]). */
export function sortParam(sorting: SortingState): string | undefined {
  const first = sorting[0];
  if (!first) return undefined;
  return `${first.desc ? "-" : ""}${first.id}`;
}

/**
 * Page, page size and sort of one table, kept by the page that owns the data. `S` is the route's sort
 * type: the sortable columns' ids are the route's sort fields.
 */
export function useTableState<S extends string = string>(
  initial: { pageSize?: number; sort?: SortingState } = {},
): TableState<S> {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSizeState] = useState(initial.pageSize ?? 25);
  const [sorting, setSortingState] = useState<SortingState>(initial.sort ?? []);
  const setSorting = useCallback((next: SortingState) => {
    setSortingState(next);
    setPage(1);
  }, []);
  const setPageSize = useCallback((size: number) => {
    setPageSizeState(size);
    setPage(1);
  }, []);
  const firstPage = useCallback(() => setPage(1), []);
  const sort = sortParam(sorting) as S | undefined;
  const query = useMemo(() => ({ page, pageSize, ...(sort ? { sort } : {}) }), [page, pageSize, sort]);
  return { page, pageSize, sort, sorting, setSorting, setPage, setPageSize, firstPage, query };
}

/** The rows of a list answer that is either a page ({items, total}) or a bare array. */
export function pageRows<T>(data: { items: T[]; total: number } | T[] | undefined): { rows: T[] | undefined; total: number } {
  if (data === undefined) return { rows: undefined, total: 0 };
  if (Array.isArray(data)) return { rows: data, total: data.length };
  return { rows: data.items, total: data.total };
}
