/**
 * The retention decisions of seed 000, pure: no I/O, no clock (`now` is passed). What "repeated damage"
 * and "without solution" mean, when a customer is VIP, which offer a customer may get and why not, the
 * Xpress order's observation, a promotion's end, and the evaluation's months. Edges are documented in
 * docs/retention.md and tested in rules.test.ts.
 */
import { DateTime } from "luxon";
import type { CustomerFlag, Offer, PromotionDuration, RetentionSettings } from "./catalog-types.js";

const DAY_MS = 86_400_000;

export interface ClaimFact {
  id: string;
  code: string;
  productId: string;
  category: string;
  openedAt: Date;
  resolvedAt: Date | null;
}

export interface RepeatedDamage {
  productId: string;
  /** Every claim of the product inside the window, oldest first: the claims that make the repeated damage. */
  claims: ClaimFact[];
  /** The claims among them still without solution at `now`. */
  openClaims: ClaimFact[];
}

/** A claim is without solution at `now` when it has no resolution yet, or its resolution is after `now`. */
export function isUnresolvedAt(claim: ClaimFact, now: Date): boolean {
  return claim.resolvedAt === null || claim.resolvedAt.getTime() > now.getTime();
}

/**
 * Whether a claim falls in the repeated-damage window ending at `now`: opened at most `windowDays` × 24 h
 * before `now` (the edge instant itself is inside) and not after `now`.
 */
export function isInDamageWindow(claim: ClaimFact, now: Date, windowDays: number): boolean {
  const age = now.getTime() - claim.openedAt.getTime();
  return age >= 0 && age <= windowDays * DAY_MS;
}

/**
 * Step 2, «daño reiterado: dos o más reclamos reiterados en un periodo de 30 días … en el mismo producto
 * y sin solución». Per product: at least `minClaims` claims opened in the window, at least one of them
 * still without solution at `now`. A claim resolved before `now` still counts towards the number: the
 * damage came back after it, so that resolution did not solve it; when every claim of the window is
 * resolved, the last resolution held and there is no repeated damage. Claims on different products never add up.
 * Products are returned with the most claims first.
 */
export function findRepeatedDamage(
  claims: readonly ClaimFact[],
  now: Date,
  rule: RetentionSettings["repeatedDamage"],
): RepeatedDamage[] {
  const byProduct = new Map<string, ClaimFact[]>();
  for (const claim of claims) {
    if (!isInDamageWindow(claim, now, rule.windowDays)) continue;
    const list = byProduct.get(claim.productId) ?? [];
    list.push(claim);
    byProduct.set(claim.productId, list);
  }
  const found: RepeatedDamage[] = [];
  for (const [productId, list] of byProduct) {
    const openClaims = list.filter((claim) => isUnresolvedAt(claim, now));
    if (list.length < rule.minClaims || openClaims.length === 0) continue;
    const sorted = [...list].sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
    found.push({ productId, claims: sorted, openClaims });
  }
  return found.sort((a, b) => b.claims.length - a.claims.length || a.productId.localeCompare(b.productId));
}

export interface VipDecision {
  isVip: boolean;
  /** Spanish reasons: the tier, the billing average (both may apply). */
  reasons: string[];
  billingAverage: number | null;
  billingMonths: number;
}

/**
 * Step 1.2: VIP by tier (the tiers the tenant lists), or by an average billing of the last N months at
 * or above the tenant's threshold. `billing` is newest first; only the N most recent months are averaged,
 * and a customer with no billing has no average.
 */
export function detectVip(
  tier: string,
  billing: ReadonlyArray<{ period: string; amount: number }>,
  settings: RetentionSettings["vip"],
): VipDecision {
  const months = billing.slice(0, settings.billingMonths);
  const billingAverage =
    months.length === 0 ? null : Math.round((months.reduce((sum, b) => sum + b.amount, 0) / months.length) * 100) / 100;
  const reasons: string[] = [];
  if (settings.tiers.includes(tier)) reasons.push(`Categoría ${tier}`);
  if (billingAverage !== null && billingAverage >= settings.billingAverageAtLeast) {
    reasons.push(
      `Facturación promedio de ${months.length} ${months.length === 1 ? "mes" : "meses"} (${billingAverage}) ≥ ${settings.billingAverageAtLeast}`,
    );
  }
  return { isVip: reasons.length > 0, reasons, billingAverage, billingMonths: months.length };
}

export interface CustomerFlags {
  isDelinquent: boolean;
  hasCreditBureauFlag: boolean;
  /** Service numbers of products withdrawn for non-payment. */
  withdrawnForNonPayment: string[];
}

export const FLAG_LABELS: Record<CustomerFlag, string> = {
  delinquent: "cliente en mora",
  credit_bureau: "reportado en Central de Riesgos",
  withdrawn_for_non_payment: "tiene productos retirados por mora",
};

/** The flags of step 1.1 that are raised for this customer. */
export function raisedFlags(flags: CustomerFlags): CustomerFlag[] {
  const raised: CustomerFlag[] = [];
  if (flags.isDelinquent) raised.push("delinquent");
  if (flags.hasCreditBureauFlag) raised.push("credit_bureau");
  if (flags.withdrawnForNonPayment.length > 0) raised.push("withdrawn_for_non_payment");
  return raised;
}

export interface ProductFact {
  id: string;
  serviceNumber: string;
  kind: string;
  technology: string;
  status: string;
}

/** Why an offer is refused, as codes a screen words in the user's language (web: retention.offerRefusals). */
export const OFFER_REFUSALS = [
  "retired",
  "not_for_repeated_damage",
  "only_repeated_damage",
  "customer_flags",
  "needs_product",
  "product_inactive",
  "product_kind",
  "technology",
] as const;
export type OfferRefusalCode = (typeof OFFER_REFUSALS)[number];

export interface OfferRefusal {
  code: OfferRefusalCode;
  /** The codes it names: the offer, the flags, the service, the kinds or technologies asked and the product's. */
  offer: string;
  flags?: CustomerFlag[];
  serviceNumber?: string;
  expected?: string[];
  actual?: string;
}

export interface OfferCheck {
  offer: Offer;
  eligible: boolean;
  /** Why not (Spanish), or null when eligible. */
  reason: string | null;
  /** Why not, as a code with its parameters, or null when eligible. */
  refusal: OfferRefusal | null;
}

const TECHNOLOGY_LABELS: Record<string, string> = {
  ftth: "fibra óptica (FTTH)",
  gpon: "fibra óptica (GPON)",
  hfc: "HFC",
  copper: "cobre",
  dsl: "DSL",
  lte: "LTE",
  satellite: "satélite",
  dth: "DTH",
  other: "otra",
};
const KIND_LABELS: Record<string, string> = { internet: "Internet", tv: "TV", fixed_voice: "telefonía fija", mobile: "móvil" };

export const technologyLabel = (code: string) => TECHNOLOGY_LABELS[code] ?? code;
export const productKindLabel = (code: string) => KIND_LABELS[code] ?? code;

const listOr = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} o ${items.at(-1)}`);

/**
 * Whether `offer` may be given on `product` to a customer with these flags, in this branch; when not,
 * which rule refuses it, in the words the advisor reads to the customer. Checked in order: retired, branch,
 * the customer's flags, the product's status, kind, then technology (e.g. the bandwidth increase is for
 * fiber customers only: a copper customer is refused «solo para clientes de fibra óptica (FTTH) o fibra
 * óptica (GPON); el producto … es de cobre»).
 */
export function checkOffer(
  offer: Offer,
  context: { branch: "repeated_damage" | "request_analysis"; flags: CustomerFlag[]; product: ProductFact | null },
): OfferCheck {
  const refuse = (reason: string, refusal: Omit<OfferRefusal, "offer">): OfferCheck => ({
    offer,
    eligible: false,
    reason,
    refusal: { ...refusal, offer: offer.name },
  });
  if (offer.retired) return refuse(`«${offer.name}» está retirada del catálogo`, { code: "retired" });
  if (!offer.branches.includes(context.branch)) {
    return context.branch === "repeated_damage"
      ? refuse(`«${offer.name}» no se ofrece a clientes con daño reiterado (pasos 3–5)`, { code: "not_for_repeated_damage" })
      : refuse(`«${offer.name}» solo se ofrece a clientes con daño reiterado (paso 3)`, { code: "only_repeated_damage" });
  }
  const blocking = (offer.eligibility.refusedWhen ?? []).filter((flag) => context.flags.includes(flag));
  if (blocking.length > 0) {
    return refuse(`«${offer.name}» no se otorga: ${blocking.map((flag) => FLAG_LABELS[flag]).join(" y ")}`, {
      code: "customer_flags",
      flags: blocking,
    });
  }
  const { product } = context;
  const needsProduct = offer.eligibility.productKinds || offer.eligibility.technologies;
  if (needsProduct && !product)
    return refuse(`«${offer.name}» requiere elegir el producto sobre el que se habilita`, { code: "needs_product" });
  if (product) {
    const serviceNumber = product.serviceNumber;
    if (product.status !== "active")
      return refuse(`«${offer.name}» requiere un producto activo; ${serviceNumber} no lo está`, {
        code: "product_inactive",
        serviceNumber,
      });
    const kinds = offer.eligibility.productKinds;
    if (kinds && !kinds.includes(product.kind)) {
      return refuse(
        `«${offer.name}» es para productos de ${listOr(kinds.map(productKindLabel))}; ${serviceNumber} es de ${productKindLabel(product.kind)}`,
        { code: "product_kind", serviceNumber, expected: [...kinds], actual: product.kind },
      );
    }
    const technologies = offer.eligibility.technologies;
    if (technologies && !technologies.includes(product.technology)) {
      return refuse(
        `«${offer.name}» es solo para clientes de ${listOr(technologies.map(technologyLabel))}; el producto ${serviceNumber} es de ${technologyLabel(product.technology)}`,
        { code: "technology", serviceNumber, expected: [...technologies], actual: product.technology },
      );
    }
  }
  return { offer, eligible: true, reason: null, refusal: null };
}

/**
 * The Xpress order's observation (step 5.3) from the tenant's template: {mes} is the current month in
 * the tenant's time zone, in capitals as the seed writes it («MARZO»); {celular} the customer's phone.
 * An unknown placeholder is left as written so the advisor sees it before saving.
 */
export function renderNoteTemplate(
  template: string,
  values: { now: Date; timezone: string; phone: string | null; customerName?: string; serviceNumber?: string },
): string {
  const month = DateTime.fromJSDate(values.now, { zone: values.timezone }).setLocale("es").toFormat("LLLL").toUpperCase();
  const known: Record<string, string> = {
    mes: month,
    celular: values.phone ?? "SIN CELULAR REGISTRADO",
    cliente: values.customerName ?? "",
    producto: values.serviceNumber ?? "",
  };
  return template.replace(/\{(\w+)\}/g, (match, name: string) => known[name] ?? match);
}

/** When a promotion given at `start` ends: «1 mes» is the same local time a calendar month later; days run on the clock. */
export function promotionEndsAt(start: Date, duration: PromotionDuration, timezone: string): Date {
  const local = DateTime.fromJSDate(start, { zone: timezone });
  return (
    duration.unit === "months" ? local.plus({ months: duration.amount }) : local.plus({ days: duration.amount })
  ).toJSDate();
}

/** When the advisor's follow-up of a promotion becomes due: N days before its end, never before it starts. */
export function promotionFollowUpAt(start: Date, endsAt: Date, daysBefore: number): Date {
  return new Date(Math.max(start.getTime(), endsAt.getTime() - daysBefore * DAY_MS));
}

/** The first instant of the month «AAAA-MM» in the tenant's zone; null when the text is not a month. */
export function monthStart(month: string, timezone: string): Date | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
  return DateTime.fromISO(`${month}-01`, { zone: timezone }).toJSDate();
}

/** "2026-03" of an instant in the tenant's zone. */
export function monthOf(instant: Date, timezone: string): string {
  return DateTime.fromJSDate(instant, { zone: timezone }).toFormat("yyyy-MM");
}
