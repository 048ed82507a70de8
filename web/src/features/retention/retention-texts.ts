import type { TFunction } from "i18next";

// No relative imports: the tests import this file under Node's module resolution (labels in LABEL_GROUPS).

/** The branch's reason as the API gives it: a code with its parameters (src/modules/retention/explain.ts). */
export interface BranchWhy {
  code: "repeated_damage" | "no_repeated_damage";
  serviceNumber: string | null;
  claims: Array<{ code: string; openedOn: string }>;
  openClaims: number;
  windowDays: number;
  minClaims: number;
}

/** Why an offer is refused: a code with the codes it names (src/modules/retention/rules.ts). */
export interface OfferRefusal {
  code: string;
  offer: string;
  flags?: string[];
  serviceNumber?: string;
  expected?: string[];
  actual?: string;
}

/** «Daño reiterado en IN1: 2 reclamos en 30 días (C1 del 1 mar 2026, …)» in the user's language and formats. */
export function branchReason(t: TFunction, format: { date: (day: string) => string }, why: BranchWhy): string {
  const claims = why.claims.map((c) => t("retention.branchReasons.claim", { code: c.code, date: format.date(c.openedOn) }));
  return t(`retention.branchReasons.${why.code}`, {
    service: why.serviceNumber ?? "",
    count: why.claims.length,
    claims: claims.join(", "),
    open: why.openClaims,
    days: why.windowDays,
    min: why.minClaims,
  });
}

/** «"Ancho de banda" es solo para clientes de fibra óptica (FTTH); el producto IN1 es de cobre», in the user's language. */
export function offerRefusal(t: TFunction, language: string, refusal: OfferRefusal): string {
  const group = refusal.code === "technology" ? "technologies" : "productKinds";
  const label = (prefix: string, code: string) => t(`${prefix}.${code}`, { defaultValue: code });
  const or = new Intl.ListFormat(language, { type: "disjunction" });
  const and = new Intl.ListFormat(language, { type: "conjunction" });
  return t(`retention.offerRefusals.${refusal.code}`, {
    offer: refusal.offer,
    service: refusal.serviceNumber ?? "",
    flags: and.format((refusal.flags ?? []).map((flag) => label("customerFlags", flag))),
    expected: or.format((refusal.expected ?? []).map((code) => label(group, code))),
    actual: refusal.actual ? label(group, refusal.actual) : "",
  });
}
