import type { Tx } from "./pool.js";

/** A list's query in parts, so its page and its count are read from the same rows. */
export interface PageQuery {
  /** The columns of a row, as after SELECT. */
  select: string;
  /** FROM, joins and WHERE: the rows that match the filter. */
  from: string;
  /** The ORDER BY expression; end it with a unique column so pages do not overlap. */
  orderBy: string;
  /** The filter's parameters, numbered from $1 in `select` and `from`. */
  params: unknown[];
}

/**
 * One page of a list and how many rows match in all: the page, then its count, in the caller's transaction (under
 * READ COMMITTED a row committed between the two can make the total one off; a pager lives with that). Not
 * `count(*) OVER ()` on the page: that makes the server build every matching row — its columns and their subqueries —
 * before LIMIT keeps ten; with 100 000 cases in a campaign's pool a page cost a second. Here the page stops at its
 * LIMIT and the count reads only what the filter needs.
 */
export async function readPage<R>(
  tx: Tx,
  query: PageQuery,
  window: { limit: number; offset: number },
): Promise<{ rows: R[]; total: number }> {
  const n = query.params.length;
  const { rows } = await tx.query<R & object>(
    `SELECT ${query.select} ${query.from} ORDER BY ${query.orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...query.params, window.limit, window.offset],
  );
  // A short first page is the whole list: no count needed.
  if (window.offset === 0 && rows.length < window.limit) return { rows, total: rows.length };
  const { rows: counted } = await tx.query<{ n: number }>(`SELECT count(*)::int AS n ${query.from}`, query.params);
  return { rows, total: counted[0]?.n ?? 0 };
}
