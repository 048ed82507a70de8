import type { CommandContext } from "../../../platform/context.js";
import { loadTenantCalendar } from "../../calendar/index.js";
import { readCatalog } from "../../catalogs/index.js";
import type { Channel, ContactPolicy } from "../catalog-types.js";
import { CONTACT_POLICY_KIND } from "../kinds.js";
import { findContactHistory, findRneConsultedOn, findSuppressions, insertPolicyBlock } from "../repo.js";
import { evaluateContact, type PolicyDecision, presetHolidays } from "../rules.js";

export interface ContactAttempt {
  /** The contact_policy preset (catalog scope) of the campaign. */
  policyScope: string;
  campaignId: string | null;
  recordId: string;
  customerId: string;
  channel: Channel;
  phone: string;
  phoneKind: "customer" | "reference";
  authorisedChannels: readonly Channel[];
  legalBasis: string;
}

/** How far back the history is read: longer than every window a rule looks at (day, ISO week, drop lockout ≤ 30 days). */
const HISTORY_DAYS = 45;

/**
 * The contact policy, before every attempt: reads the campaign's preset (its current version), its country's
 * holidays, the tenant's time zone, the customer's and the number's contacts across every campaign and channel, and the
 * suppression lists; a refusal is logged with the rule and the preset's version, in the caller's transaction.
 */
export async function checkContact(
  attempt: ContactAttempt,
  ctx: CommandContext,
): Promise<PolicyDecision & { policyVersion: number }> {
  const { tx, now } = ctx;
  const policy = await readCatalog<ContactPolicy>(tx, CONTACT_POLICY_KIND, attempt.policyScope);
  const calendar = await loadTenantCalendar(tx);
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  const decision = evaluateContact(policy.content, {
    now,
    timezone: calendar.settings.timezone,
    // The preset's country's holidays, not the tenant's: Ecuador's and Bolivia's presets keep their own.
    isHoliday: presetHolidays(policy.content.country, calendar.settings.timezone),
    channel: attempt.channel,
    phone: attempt.phone,
    phoneKind: attempt.phoneKind,
    authorisedChannels: attempt.authorisedChannels,
    legalBasis: attempt.legalBasis,
    recordId: attempt.recordId,
    suppressedOn: await findSuppressions(tx, attempt.phone, attempt.channel),
    rneConsultedOn: await findRneConsultedOn(tx, attempt.phone, attempt.channel),
    history: await findContactHistory(tx, attempt.customerId, attempt.phone, since),
  });
  if (!decision.allowed) {
    await insertPolicyBlock(tx, {
      blockedAt: now,
      campaignId: attempt.campaignId,
      recordId: attempt.recordId,
      customerId: attempt.customerId,
      phone: attempt.phone,
      channel: attempt.channel,
      rule: decision.rule,
      message: decision.message,
      policyScope: attempt.policyScope,
      policyVersion: policy.version,
    });
  }
  return { ...decision, policyVersion: policy.version };
}
