import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findIntegrationSettings, upsertIntegrationSettings } from "../repo.js";
import type { AdapterName } from "../rules.js";

export interface IntegrationSettingsInput {
  mode: "simulator" | "webhook";
  url?: string | null;
  /** Omitted: keep the stored secret. null: remove it. */
  secret?: string | null;
}

/** Chooses how one outside system is reached: the simulator, or a webhook to the operator's system. */
export async function updateIntegrationSettings(adapter: AdapterName, input: IntegrationSettingsInput, ctx: CommandContext) {
  if (input.mode === "webhook" && !input.url) {
    throw new AppError("VALIDATION_FAILED", "Un webhook necesita la URL del sistema del operador", { field: "url" });
  }
  const previous = await findIntegrationSettings(ctx.tx, adapter);
  const secret = input.secret === undefined ? (previous?.secret ?? null) : input.secret;
  const url = input.mode === "webhook" ? input.url! : null;
  await upsertIntegrationSettings(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    adapter,
    mode: input.mode,
    url,
    secret,
    updatedBy: ctx.actor.userId,
    now: ctx.now,
  });
  // The secret itself never reaches the timeline.
  await recordEvent(ctx, {
    subjectType: "integration",
    subjectId: adapter,
    action: "integration_configured",
    before: previous ? { mode: previous.mode, url: previous.url, hasSecret: previous.secret !== null } : null,
    after: { mode: input.mode, url, hasSecret: secret !== null },
  });
}
