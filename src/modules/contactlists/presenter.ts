import type { ContactRecordRow, OutboundCampaignRow } from "./queries.js";

export const presentCampaign = (c: OutboundCampaignRow) => ({
  id: c.id,
  code: c.code,
  name: c.name,
  policyScope: c.policy_scope,
  pacingMode: c.pacing_mode,
  dialLevel: Number(c.dial_level),
  isActive: c.is_active,
});

export const presentRecord = (r: ContactRecordRow) => ({
  id: r.id,
  customerId: r.customer_id,
  customerCode: r.customer_code,
  customerName: r.customer_name,
  listType: r.list_type,
  reason: r.reason,
  offers: r.offers,
  priority: r.priority,
  validFrom: r.valid_from,
  validUntil: r.valid_until,
  status: r.status,
  attempts: r.attempts,
  phones: r.phones,
  closure: r.closure,
  callbackAt: r.callback_at?.toISOString() ?? null,
});
