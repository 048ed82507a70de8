import type { OutboundHooks } from "../integrations/hooks.js";
import { setOfferReferenceByMessage } from "./repo.js";

const keepReference = {
  async onSent(message: { id: string; reference: string | null }, ctx: { tx: Parameters<typeof setOfferReferenceByMessage>[0] }) {
    if (message.reference) await setOfferReferenceByMessage(ctx.tx, message.id, message.reference);
  },
};

/** The billing system's filing number and the provisioning system's activation number are kept on the offer. */
export const RETENTION_OUTBOUND_HOOKS: OutboundHooks = {
  "billing_claim.file": keepReference,
  "promotion.activate": keepReference,
};
