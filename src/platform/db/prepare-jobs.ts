import { Logger, runMigrations } from "graphile-worker";

const QUIET = new Logger(() => () => undefined);

/**
 * Creates or upgrades graphile-worker's own schema. Run at every start (and on the test template) before
 * any transaction schedules a timer, whether or not this process runs the worker.
 */
export async function prepareJobs(url: string): Promise<void> {
  await runMigrations({ connectionString: url, logger: QUIET });
}
