import { readSeries } from "../../../src/modules/indicators/index.js";
import type { Tx } from "../../../src/platform/db/pool.js";
import { servePoolLoop } from "../pool-loop.js";
import "../../../src/app/modules.js";

// The baseline of the indicators-dashboard scenario: a bare pg.Pool running, for one indicator, the queries
// GET /api/indicators/:code?grain=month&periods=12 runs (the tenant's time zone, the definition's values SQL
// over 13 months, the operator's targets) with the engine's arithmetic, from N loops, with no HTTP, auth,
// schema validation or JSON.
await servePoolLoop(async (client, code) => {
  await readSeries(client as unknown as Tx, code, { grain: "month", periods: 12 }, new Date());
  return 1;
});
