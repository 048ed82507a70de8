import type { Actor, CommandContext } from "./context.js";
import type { Db } from "./db/pool.js";
import { AppError } from "./errors.js";

export { csvField } from "./csv.js";

/** Runs a command as `actor` in one tenant transaction, with the clock at now. */
export function asActor<T>(db: Db, actor: Actor, work: (ctx: CommandContext) => Promise<T>): Promise<T> {
  return db.tenant(actor.tenantId, (tx) => work({ tx, actor, now: new Date() }));
}

export type OutputFormat = "text" | "csv" | "json";

/** `--format`: text, csv or json (a command may allow fewer). */
export function parseFormat(raw: string | undefined, allowed: readonly OutputFormat[] = ["text", "csv", "json"]): OutputFormat {
  const format = (raw ?? "text") as OutputFormat;
  if (!allowed.includes(format)) {
    throw new AppError("VALIDATION_FAILED", `Formato desconocido «${raw}»; use ${allowed.join(", ")}`, { field: "format" });
  }
  return format;
}
export { describeCliError } from "./cli-errors.js";
