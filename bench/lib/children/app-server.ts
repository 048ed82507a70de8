import { buildApp } from "../../../src/app/server/app.js";
import { loadConfig } from "../../../src/platform/config.js";
import { Listener } from "../../../src/platform/db/listener.js";
import { createDb } from "../../../src/platform/db/pool.js";

// The product's HTTP app as `fideliza serve` builds it (every module, every hook), on BENCH_DB_URL.
const url = process.env.BENCH_DB_URL!;
const poolSize = Number(process.env.BENCH_POOL_SIZE ?? 16);
const config = loadConfig({ databaseUrl: url, logLevel: process.env.BENCH_LOG_LEVEL ?? "warn", poolSize, runWorker: false });
const db = createDb(url, poolSize);
const listener = new Listener(url);
try {
  const app = await buildApp({ config, db, listener, logger: true });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  process.send?.({ type: "ready", port: typeof address === "object" && address ? address.port : 0 });
  for (const signal of ["SIGTERM", "SIGINT"] as const)
    process.on(signal, async () => {
      await app.close();
      await listener.close();
      await db.close();
      process.exit(0);
    });
} catch (error) {
  process.send?.({ type: "error", message: (error as Error).message }, () => process.exit(1));
}
