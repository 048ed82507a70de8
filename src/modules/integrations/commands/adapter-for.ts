import type { CommandContext } from "../../../platform/context.js";
import { type OutboundAdapter, simulatorAdapter, webhookAdapter } from "../adapters.js";
import { findIntegrationSettings } from "../repo.js";
import type { AdapterName } from "../rules.js";

/** The adapter the tenant configured for this outside system; the simulator until one is configured. */
export async function adapterFor(ctx: CommandContext, adapter: AdapterName): Promise<OutboundAdapter> {
  const settings = await findIntegrationSettings(ctx.tx, adapter);
  if (settings?.mode === "webhook" && settings.url) return webhookAdapter({ url: settings.url, secret: settings.secret });
  return simulatorAdapter;
}
