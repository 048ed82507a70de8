import type { Actor } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { roleNameEs } from "../../platform/role-names.js";
import type { CancellationReasonsCatalog, NoteTemplatesCatalog, OffersCatalog, RetentionSettings } from "./catalog-types.js";
import { explainForAdvisor } from "./explain.js";
import { RETENTION_PROCEDURE } from "./procedure.js";
import type { Customer360Row } from "./queries.js";
import type { CaseRow } from "./repo.js";
import { detectVip, FLAG_LABELS, findRepeatedDamage, raisedFlags } from "./rules.js";
import { NO_INTERNET, xpressObservationDraft, xpressProduct } from "./xpress.js";

function catalogOf<T>(row: Customer360Row, kind: string): { version: number; content: T } {
  const found = row.catalogs?.[kind];
  if (!found) throw new AppError("NOT_FOUND", `El operador no tiene el catálogo ${kind}`);
  return found as { version: number; content: T };
}

/** A case as lists and step answers show it. */
export function presentCase(row: CaseRow) {
  return {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    productId: row.product_id,
    state: row.state,
    stateLabel: RETENTION_PROCEDURE.states[row.state].label,
    branch: row.branch,
    requestKind: row.request_kind,
    outcome: row.outcome,
    cancellationReason: row.cancellation_reason,
    createdAt: row.created_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
  };
}

/**
 * The customer 360 of the advisor's screen: the customer as step 1 reviews them, the repeated-damage
 * decision of step 2 with the claims that make it, VIP, the flags and what they restrict, the offers with
 * why each is or is not available, the open case with its next steps, orders and the timeline.
 */
export function present360(row: Customer360Row, now: Date, actor: Actor) {
  const settings = catalogOf<RetentionSettings>(row, "retention_settings");
  const offers = catalogOf<OffersCatalog>(row, "retention_offers");
  const reasons = catalogOf<CancellationReasonsCatalog>(row, "retention_cancellation_reasons");
  const templates = catalogOf<NoteTemplatesCatalog>(row, "retention_note_templates");
  const claims = row.claims.map((c) => ({
    id: c.id,
    code: c.code,
    productId: c.productId,
    category: c.category,
    openedAt: new Date(c.openedAt),
    resolvedAt: c.resolvedAt ? new Date(c.resolvedAt) : null,
  }));
  const repeatedDamage = findRepeatedDamage(claims, now, settings.content.repeatedDamage);
  const billing = row.billing.map((b) => ({ period: b.period, amount: Number(b.amount) }));
  const vip = detectVip(row.tier, billing, settings.content.vip);
  const withdrawn = row.products.filter((p) => p.withdrawnForNonPayment).map((p) => p.serviceNumber);
  const flags = raisedFlags({
    isDelinquent: row.is_delinquent,
    hasCreditBureauFlag: row.has_credit_bureau_flag,
    withdrawnForNonPayment: withdrawn,
  });
  const openCase = row.cases.find((c) => c.closedAt === null) ?? null;
  const internet = xpressProduct(row.products, openCase?.productId ?? repeatedDamage[0]?.productId ?? null);
  const explanation = explainForAdvisor({
    state: openCase?.state ?? "new",
    branch: openCase?.branch ?? null,
    productId: openCase?.productId ?? null,
    roles: actor.roles,
    repeatedDamage,
    rule: settings.content.repeatedDamage,
    products: row.products,
    flags,
    offers: offers.content.offers,
    xpressProblem: internet ? null : NO_INTERNET,
    timezone: row.timezone,
    roleLabel: roleNameEs,
  });
  return {
    customer: {
      id: row.id,
      code: row.code,
      documentId: row.document_id,
      fullName: row.full_name,
      tier: row.tier,
      phone: row.phone,
      email: row.email,
      address: row.address,
      city: row.city,
      customerSince: row.created_at.toISOString(),
    },
    vip: { isVip: vip.isVip, reasons: vip.reasons, billingAverage: vip.billingAverage, months: vip.billingMonths },
    flags: {
      isDelinquent: row.is_delinquent,
      hasCreditBureauFlag: row.has_credit_bureau_flag,
      withdrawnForNonPayment: withdrawn,
      warnings: flags.map((flag) => FLAG_LABELS[flag]),
    },
    products: row.products.map((p) => ({ ...p, monthlyFee: p.monthlyFee === null ? null : Number(p.monthlyFee) })),
    claims: row.claims,
    // The days the SQL loaded: the history, never shorter than the repeated-damage window.
    claimHistoryDays: Math.max(settings.content.claimHistoryDays, settings.content.repeatedDamage.windowDays),
    billing,
    repeatedDamage: repeatedDamage.map((d) => ({
      productId: d.productId,
      claimIds: d.claims.map((c) => c.id),
      openClaimIds: d.openClaims.map((c) => c.id),
    })),
    explanation,
    xpressObservationDraft: xpressObservationDraft(
      { timezone: row.timezone, phone: row.phone, fullName: row.full_name },
      { settings: settings.content, templates: templates.content },
      now,
      internet?.serviceNumber,
    ),
    cancellationReasons: reasons.content.reasons.filter((r) => !r.retired).map((r) => ({ code: r.code, name: r.name })),
    openCaseId: openCase?.id ?? null,
    cases: row.cases.map((c) => ({
      ...c,
      stateLabel: RETENTION_PROCEDURE.states[c.state]?.label ?? c.state,
      offers: c.offers.map((o) => ({ ...o, amount: o.amount === null ? null : Number(o.amount) })),
    })),
    workOrders: row.work_orders,
    complaints: row.complaints,
    timeline: row.timeline,
  };
}
