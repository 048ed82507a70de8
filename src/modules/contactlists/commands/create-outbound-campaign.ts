import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findCatalogVersion } from "../../catalogs/index.js";
import { CONTACT_POLICY_KIND } from "../../contactpolicy/index.js";
import { insertOutboundCampaign } from "../repo.js";

export interface CreateOutboundCampaignInput {
  code: string;
  name: string;
  policyScope: string;
  pacingMode?: "preview" | "progressive" | "predictive";
}

/** An outbound campaign, checked against a contact-policy preset the tenant has. */
export async function createOutboundCampaign(input: CreateOutboundCampaignInput, ctx: CommandContext): Promise<string> {
  const preset = await findCatalogVersion(ctx.tx, CONTACT_POLICY_KIND, input.policyScope);
  if (!preset) {
    throw new AppError("VALIDATION_FAILED", `La política de contacto «${input.policyScope}» no existe`, { field: "policyScope" });
  }
  const pacingMode = input.pacingMode ?? "predictive";
  const id = await insertOutboundCampaign(ctx.tx, { ...input, pacingMode, now: ctx.now });
  await recordEvent(ctx, {
    subjectType: "outbound_campaign",
    subjectId: id,
    action: "outbound_campaign_created",
    after: { code: input.code, name: input.name, policyScope: input.policyScope, policyVersion: preset.version, pacingMode },
  });
  return id;
}
