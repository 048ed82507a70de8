import { deskCountSql, deskRowsSql } from "../../../src/modules/adjustments/queries.js";
import { servePoolLoop } from "../pool-loop.js";

// The baseline of the adjustments-desk scenario: a bare pg.Pool running the desk's first-page SQL
// (sql/desk-rows.sql and sql/desk-count.sql) as a request does, from N concurrent loops, with no HTTP, no auth, no JSON.
const rowsSql = deskRowsSql();
const countSql = deskCountSql();
await servePoolLoop(async (client, cutDate) => {
  const { rows } = await client.query(rowsSql, [cutDate, null, null, null, 50, 0]);
  await client.query(countSql, [cutDate, null, null, null]);
  return rows.length === 50 ? 1 : 0;
});
