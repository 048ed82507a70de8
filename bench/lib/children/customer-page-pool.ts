// Every module installed, as the product runs (tenants, catalogs and import kinds come from the manifests).
import "../../../src/app/modules.js";
import { CUSTOMER_PAGE_SQL } from "../../../src/modules/customers/queries.js";
import { BILLING_MONTHS, CLAIM_WINDOW_DAYS } from "../../../src/modules/customers/routes.js";
import { servePoolLoop } from "../pool-loop.js";

// The baseline of the customer-page scenario: a bare pg.Pool running the page's SQL exactly as a
// request does, from N concurrent loops, with no HTTP, no auth and no JSON serialization.
await servePoolLoop(async (client, id) => {
  const { rows } = await client.query(CUSTOMER_PAGE_SQL, [id, new Date(), CLAIM_WINDOW_DAYS, BILLING_MONTHS]);
  return rows.length;
});
