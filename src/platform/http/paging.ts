import { type TSchema, Type } from "@sinclair/typebox";
import { literals } from "./schemas.js";

/**
 * Server paging shared by every list: `page` (from 1), `pageSize` and `sort` (a field, «-» in front for
 * descending) in the query; `{items, total, page, pageSize}` in the answer. Each list names the sorts it
 * accepts and the SQL each one means, so a sort is never built from the request text.
 */

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;

/** The sorts of a list: each field ascending and descending. */
export function sortsOf<const F extends readonly string[]>(fields: F) {
  return fields.flatMap((field) => [field, `-${field}`]) as Array<F[number] | `-${F[number]}`>;
}

/** The paging properties of a list's querystring without sorts (a list with one fixed order). */
export const pageOnlyQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: "Página, desde 1" })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, description: "Filas por página" })),
};

/** The paging properties of a list's querystring, with the sorts it accepts. */
export function pageQuery<const S extends readonly string[]>(sorts: S) {
  return {
    ...pageOnlyQuery,
    sort: Type.Optional(literals(sorts as unknown as readonly S[number][])),
  };
}

/** The answer of a paged list. */
export function PageOf<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ description: "Filas que cumplen el filtro, en todas las páginas" }),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });
}

export interface PageWindow {
  page: number;
  pageSize: number;
  limit: number;
  offset: number;
}

/** The rows a page asks for. */
export function pageWindow(query: { page?: number; pageSize?: number }, defaultSize = DEFAULT_PAGE_SIZE): PageWindow {
  const page = query.page ?? 1;
  const pageSize = Math.min(query.pageSize ?? defaultSize, MAX_PAGE_SIZE);
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}

/**
 * The ORDER BY of a sort: `columns` maps each field to its SQL expression; `tieBreak` keeps the order
 * stable across pages (usually the id). An unknown or missing sort falls back to `fallback`.
 */
export function orderBySql(
  sort: string | undefined,
  columns: Record<string, string>,
  fallback: string,
  tieBreak: string,
): string {
  if (!sort) return fallback;
  const descending = sort.startsWith("-");
  const field = descending ? sort.slice(1) : sort;
  const column = columns[field];
  if (!column) return fallback;
  const direction = descending ? "DESC" : "ASC";
  return `${column} ${direction} NULLS LAST, ${tieBreak} ${direction}`;
}
