import type { FastifyInstance } from "fastify";
import { syncDefaultCatalogs } from "../../modules/catalogs/index.js";
import { syncRoleCatalog } from "../../modules/identity/index.js";
import type { Config } from "../../platform/config.js";
import { type OpenDatabase, openDatabase } from "../../platform/db/database.js";
import { Listener } from "../../platform/db/listener.js";
import { startWorker } from "../worker/worker.js";
import { buildApp } from "./app.js";

export interface Runtime {
  app: FastifyInstance;
  database: OpenDatabase;
  listener: Listener;
  address: string;
  stop(): Promise<void>;
}

/** Opens the database (starting the embedded server if needed), builds the app and listens. */
export async function startRuntime(config: Config, options: { logger?: boolean } = {}): Promise<Runtime> {
  const database = await openDatabase(config);
  await syncRoleCatalog(database.db);
  await syncDefaultCatalogs(database.db);
  const listener = new Listener(database.db.url);
  const app = await buildApp({ config, db: database.db, listener, logger: options.logger ?? true });
  const stopHooks: Array<() => Promise<void>> = [];
  const address = await app.listen({ port: config.port, host: config.host });
  if (config.runWorker) {
    const worker = await startWorker({ db: database.db, log: app.log });
    stopHooks.push(() => worker.stop());
  }
  let stopping: Promise<void> | undefined;
  return {
    app,
    database,
    listener,
    address,
    stop() {
      // Order matters: stop taking requests (in-flight ones finish), then background work, then the database.
      stopping ??= (async () => {
        await app.close();
        for (const hook of stopHooks) await hook();
        await listener.close();
        await database.close();
      })();
      return stopping;
    },
  };
}

/** SIGTERM/SIGINT close the runtime gracefully; a second signal forces exit. */
export function stopOnSignals(runtime: Runtime): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    runtime.app.log.info({ signal }, "apagando");
    runtime.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
