import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPage } from "../../src/platform/db/page.js";
import type { Tx } from "../../src/platform/db/pool.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";

// Every paged list reads its page and its total through readPage: the total must be right on every page, also on
// one past the last (an old link, or a filter that shrank the list while someone was on page 4).

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb?.drop();
});

/** Seven numbers in a temporary table of this transaction, read three to a page, the odd ones only when asked. */
async function withNumbers<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return testDb.db.system(async (tx) => {
    await tx.query("CREATE TEMP TABLE numbers ON COMMIT DROP AS SELECT generate_series(1, 7) AS n");
    return work(tx);
  });
}
const page = (tx: Tx, offset: number, oddOnly = false) =>
  readPage<{ n: number }>(
    tx,
    { select: "n", from: "FROM numbers WHERE NOT $1::boolean OR n % 2 = 1", orderBy: "n", params: [oddOnly] },
    { limit: 3, offset },
  );

describe("readPage", () => {
  it("answers each page's rows in order with the total of all the rows that match", async () => {
    await withNumbers(async (tx) => {
      expect(await page(tx, 0)).toEqual({ rows: [{ n: 1 }, { n: 2 }, { n: 3 }], total: 7 });
      expect(await page(tx, 6)).toEqual({ rows: [{ n: 7 }], total: 7 });
      expect(await page(tx, 0, true)).toEqual({ rows: [{ n: 1 }, { n: 3 }, { n: 5 }], total: 4 });
    });
  });

  it("still tells the total on a page past the last, and 0 only when nothing matches", async () => {
    await withNumbers(async (tx) => {
      expect(await page(tx, 9)).toEqual({ rows: [], total: 7 });
      expect(await page(tx, 30, true)).toEqual({ rows: [], total: 4 });
      await tx.query("DELETE FROM numbers");
      expect(await page(tx, 0)).toEqual({ rows: [], total: 0 });
      expect(await page(tx, 3)).toEqual({ rows: [], total: 0 });
    });
  });
});
