/**
 * Why each branch, step and offer is or is not available for this customer, for the advisor's screen:
 * the procedure's own explanation (`explainSteps`) plus the retention rules (which claims make the
 * repeated damage, which flag refuses which offer, why the bandwidth increase is refused on copper). Pure.
 */

import { DateTime } from "luxon";
import { explainSteps } from "../../platform/procedure/procedure.js";
import type { CustomerFlag, Offer, RetentionSettings } from "./catalog-types.js";
import { type CaseState, RETENTION_PROCEDURE } from "./procedure.js";
import { checkOffer, FLAG_LABELS, type ProductFact, type RepeatedDamage } from "./rules.js";

export interface ExplainInput {
  state: CaseState;
  /** The case's branch once step 2 was taken; before it, the one the rule foresees. */
  branch: "repeated_damage" | "request_analysis" | null;
  /** The case's product (the damaged one in branch A). */
  productId: string | null;
  roles: readonly string[];
  repeatedDamage: RepeatedDamage[];
  rule: RetentionSettings["repeatedDamage"];
  products: ProductFact[];
  flags: CustomerFlag[];
  offers: Offer[];
  xpressProblem: string | null;
  /** The tenant's time zone: claim dates are the days the customer and the advisor lived them. */
  timezone: string;
  roleLabel?: (role: string) => string;
}

/** The explanation of the advisor's screen. */
export function explainForAdvisor(input: ExplainInput) {
  const formatDay = (date: Date) => DateTime.fromJSDate(date, { zone: input.timezone }).toISODate();
  const damage = input.repeatedDamage[0] ?? null;
  const hasRepeatedDamage = damage !== null;
  const serviceOf = (id: string) => input.products.find((p) => p.id === id)?.serviceNumber ?? id;
  const branchReason = damage
    ? `Daño reiterado en ${serviceOf(damage.productId)}: ${damage.claims.length} reclamos en ${input.rule.windowDays} días ` +
      `(${damage.claims.map((c) => `${c.code} del ${formatDay(c.openedAt)}`).join(", ")}), ${damage.openClaims.length} sin solución ` +
      "→ negociación con solución técnica Xpress (pasos 3 a 10)"
    : `Sin daño reiterado: ningún producto tiene ${input.rule.minClaims} o más reclamos en ${input.rule.windowDays} días con alguno sin ` +
      "solución → se analiza la petición: compensación (pasos 12–13) o mejor oferta (paso 14)";
  // The same reason as a code with its parameters, for a screen in the user's language (dates as days).
  const branchWhy = damage
    ? {
        code: "repeated_damage" as const,
        serviceNumber: serviceOf(damage.productId),
        claims: damage.claims.map((c) => ({ code: c.code, openedOn: formatDay(c.openedAt) ?? "" })),
        openClaims: damage.openClaims.length,
        windowDays: input.rule.windowDays,
        minClaims: input.rule.minClaims,
      }
    : {
        code: "no_repeated_damage" as const,
        serviceNumber: null,
        claims: [],
        openClaims: 0,
        windowDays: input.rule.windowDays,
        minClaims: input.rule.minClaims,
      };
  const branch = input.branch ?? (hasRepeatedDamage ? "repeated_damage" : "request_analysis");
  const damagedProductId = input.productId ?? damage?.productId ?? null;
  const live = input.offers.filter((offer) => !offer.retired);
  return {
    branch: { hasRepeatedDamage, foreseen: branch, reason: branchReason, why: branchWhy },
    restrictions: input.flags.map((flag) => ({
      flag,
      label: FLAG_LABELS[flag],
      refuses: live.filter((offer) => offer.eligibility.refusedWhen?.includes(flag)).map((offer) => offer.name),
    })),
    offers: live.map((offer) => {
      // Branch A offers are on the damaged product; branch B offers are checked on each product.
      const candidates =
        offer.branches.includes("repeated_damage") && branch === "repeated_damage"
          ? input.products.filter((p) => p.id === damagedProductId)
          : input.products;
      return {
        code: offer.code,
        type: offer.type,
        name: offer.name,
        description: offer.description,
        branches: offer.branches,
        duration: offer.duration ?? null,
        checks: candidates.map((product) => {
          const check = checkOffer(offer, { branch, flags: input.flags, product });
          return {
            productId: product.id,
            serviceNumber: product.serviceNumber,
            eligible: check.eligible,
            reason: check.reason,
            refusal: check.refusal,
          };
        }),
      };
    }),
    steps: explainSteps(
      RETENTION_PROCEDURE,
      {
        state: input.state,
        roles: input.roles,
        facts: { hasRepeatedDamage, offer: null, xpressProblem: input.xpressProblem, hasCancellationReason: false },
      },
      input.roleLabel,
    ),
  };
}
