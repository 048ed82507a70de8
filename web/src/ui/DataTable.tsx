import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type RowData,
  type SortingState,
  type Updater,
  useReactTable,
} from "@tanstack/react-table";
import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../i18n/format";
import type { TableState } from "./use-table-state";

declare module "@tanstack/react-table" {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Right-aligned figures (amounts, counts). */
    numeric?: boolean;
  }
}

export interface RowSelection<T> {
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  /** The accessible name of a row's checkbox ("Elegir el caso Q-1024"). */
  rowLabel: (row: T) => string;
}

export interface DataTableProps<T> {
  /** The table's name, read by screen readers and used for the scroll region. */
  label: string;
  // biome-ignore lint/suspicious/noExplicitAny: tanstack's column values are of any type.
  columns: ColumnDef<T, any>[];
  rows: T[] | undefined;
  /** Rows matching the filter across all pages (the server's total). */
  total: number;
  // biome-ignore lint/suspicious/noExplicitAny: any sort type of the route.
  state: TableState<any>;
  getRowId: (row: T) => string;
  selection?: RowSelection<T>;
  /** Shown above the table while rows are selected: the buttons that act on them. */
  bulkActions?: ReactNode;
  /** Filters, above the table. */
  toolbar?: ReactNode;
  isLoading?: boolean;
  emptyText: string;
  rowClassName?: (row: T) => string | undefined;
  rowTestId?: string;
  pageSizes?: number[];
  testId?: string;
}

const DEFAULT_PAGE_SIZES = [10, 25, 50, 100];

/**
 * One table for every list: the server pages, sorts and filters (the page sends `state.query`), so a page
 * never grows with the data. Sortable headers are buttons with aria-sort; the header checkbox selects
 * the rows of the page; the selection is kept across pages until cleared.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { state, selection, rows, total } = props;
  const pageCount = Math.max(1, Math.ceil(total / state.pageSize));
  const table = useReactTable<T>({
    data: rows ?? [],
    columns: props.columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: props.getRowId,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableSortingRemoval: true,
    sortDescFirst: false,
    pageCount,
    state: { sorting: state.sorting, pagination: { pageIndex: state.page - 1, pageSize: state.pageSize } },
    onSortingChange: (updater: Updater<SortingState>) =>
      state.setSorting(typeof updater === "function" ? updater(state.sorting) : updater),
  });
  const pageIds = (rows ?? []).map(props.getRowId);
  const selectedOnPage = selection ? pageIds.filter((id) => selection.selected.has(id)).length : 0;
  const allOnPage = pageIds.length > 0 && selectedOnPage === pageIds.length;
  const headerBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (headerBox.current) headerBox.current.indeterminate = selectedOnPage > 0 && !allOnPage;
  }, [selectedOnPage, allOnPage]);
  const captionId = useId();
  const togglePage = () => {
    if (!selection) return;
    const next = new Set(selection.selected);
    for (const id of pageIds) {
      if (allOnPage) next.delete(id);
      else next.add(id);
    }
    selection.onChange(next);
  };
  const toggleRow = (id: string) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    selection.onChange(next);
  };
  const first = total === 0 ? 0 : (state.page - 1) * state.pageSize + 1;
  const last = Math.min(total, state.page * state.pageSize);

  return (
    <div className="data-table stack" data-testid={props.testId}>
      {props.toolbar ? <div className="page-toolbar data-table-toolbar">{props.toolbar}</div> : null}
      {selection && selection.selected.size > 0 ? (
        <fieldset className="data-table-bulk">
          <legend className="visually-hidden">{t("table.bulkActions")}</legend>
          <span role="status">{t("table.selectedCount", { count: selection.selected.size })}</span>
          {props.bulkActions}
          <button type="button" className="button-link" onClick={() => selection.onChange(new Set())}>
            {t("table.clearSelection")}
          </button>
        </fieldset>
      ) : null}
      {/* A table wider than the screen scrolls inside a region reachable by keyboard. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll region must take focus to scroll by keyboard. */}
      <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table aria-busy={props.isLoading ? true : undefined}>
          <caption id={captionId} className="visually-hidden">
            {props.label}
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {selection ? (
                  <th scope="col" className="select-cell">
                    <input
                      ref={headerBox}
                      type="checkbox"
                      className="big-checkbox"
                      aria-label={t("table.selectPage")}
                      checked={allOnPage}
                      disabled={pageIds.length === 0}
                      onChange={togglePage}
                      data-testid="select-page"
                    />
                  </th>
                ) : null}
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  const content = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={header.column.columnDef.meta?.numeric ? "numeric" : undefined}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : canSort ? "none" : undefined}
                    >
                      {canSort ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={header.column.getToggleSortingHandler()}
                          data-testid={`sort-${header.column.id}`}
                        >
                          {content}
                          <span aria-hidden="true" className="sort-mark">
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                        </button>
                      ) : (
                        content
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={props.rowClassName?.(row.original)} data-testid={props.rowTestId}>
                {selection ? (
                  <td className="select-cell">
                    <input
                      type="checkbox"
                      className="big-checkbox"
                      aria-label={selection.rowLabel(row.original)}
                      checked={selection.selected.has(row.id)}
                      onChange={() => toggleRow(row.id)}
                    />
                  </td>
                ) : null}
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? "numeric" : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows && rows.length === 0 ? <p className="empty">{props.emptyText}</p> : null}
      </section>
      <Pager
        page={state.page}
        pageCount={pageCount}
        onPage={state.setPage}
        pageSize={state.pageSize}
        onPageSize={state.setPageSize}
        pageSizes={props.pageSizes ?? DEFAULT_PAGE_SIZES}
        summary={t("table.range", { first: format.number(first), last: format.number(last), total: format.number(total) })}
      />
    </div>
  );
}

interface PagerProps {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  pageSize: number;
  onPageSize: (size: number) => void;
  pageSizes: number[];
  summary: string;
}

/** Previous / next, "page 3 of 12", the page size, and which rows are shown out of how many. */
export function Pager({ page, pageCount, onPage, pageSize, onPageSize, pageSizes, summary }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const sizeId = useId();
  return (
    <nav className="pager" aria-label={t("table.pager")}>
      <span className="muted" data-testid="pager-summary">
        {summary}
      </span>
      <div className="pager-controls">
        <button type="button" className="button-secondary" disabled={page <= 1} onClick={() => onPage(1)}>
          <span aria-hidden="true">«</span>
          <span className="visually-hidden">{t("table.first")}</span>
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
          data-testid="pager-previous"
        >
          {t("table.previous")}
        </button>
        <span aria-live="polite">{t("table.pageOf", { page: format.number(page), count: format.number(pageCount) })}</span>
        <button
          type="button"
          className="button-secondary"
          disabled={page >= pageCount}
          onClick={() => onPage(page + 1)}
          data-testid="pager-next"
        >
          {t("table.next")}
        </button>
        <button type="button" className="button-secondary" disabled={page >= pageCount} onClick={() => onPage(pageCount)}>
          <span aria-hidden="true">»</span>
          <span className="visually-hidden">{t("table.last")}</span>
        </button>
        <label htmlFor={sizeId} className="pager-size">
          {t("table.pageSize")}
        </label>
        <select id={sizeId} value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {format.number(size)}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
