// Every module installed, as the product runs (tenants, catalogs and import kinds come from the manifests).
import "../../../src/app/modules.js";
import { CASE_DETAIL_SQL } from "../../../src/modules/cancellations/case/repo-detail.js";
import { servePoolLoop } from "../pool-loop.js";

// The baseline of the case-read scenario: a bare pg.Pool running the case page's one statement
// (CASE_DETAIL_SQL) as the same named (prepared) statement the app uses, in the same transaction batch, from N loops.
await servePoolLoop(async (client, id) => {
  const { rows } = await client.query({ name: "complaint_case_detail", text: CASE_DETAIL_SQL, values: [id] });
  return rows.length;
});
