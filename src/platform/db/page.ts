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
 * One page of a list and how many rows match in all. The count rides on each row of the page as
 * `count(*) OVER ()`, so a page costs one query; a page past the last has no row to carry it, so the rows are counted
 * once more rather than answering «0 in all» to someone who followed an old link or whose filter shrank the list.
 */
export async function readPage<R>(
  tx: Tx,
  query: PageQuery,
  window: { limit: number; offset: number },
): Promise<{ rows: R[]; total: number }> {
  const n = query.params.length;
  const { rows } = await tx.query<R & { page_total: number }>(
    `SELECT ${query.select}, count(*) OVER ()::int AS page_total ${query.from}
      ORDER BY ${query.orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...query.params, window.limit, window.offset],
  );
  if (rows.length === 0 && window.offset > 0) {
    const { rows: counted } = await tx.query<{ n: number }>(`SELECT count(*)::int AS n ${query.from}`, query.params);
    return { rows: [], total: counted[0]?.n ?? 0 };
  }
  const total = rows[0]?.page_total ?? 0;
  return { rows: rows.map(({ page_total: _, ...row }) => row as R), total };
}
