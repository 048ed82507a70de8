// Every module installed, as the product runs (tenants, catalogs and import kinds come from the manifests).
import "../../../src/app/modules.js";
import { CUSTOMER_360_SQL } from "../../../src/modules/retention/queries.js";
import { servePoolLoop } from "../pool-loop.js";

// The baseline of the customer-360 scenario: a bare pg.Pool running src/modules/retention/sql/customer-360.sql
// as the same named (prepared) statement the app uses, in the same transaction batch, from N loops.
await servePoolLoop(async (client, id) => {
  const { rows } = await client.query({ name: "customer_360", text: CUSTOMER_360_SQL, values: [id, new Date()] });
  return rows.length;
});
