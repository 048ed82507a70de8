/**
 * «Procedimiento para evitar bajas (retención)», the advisor's part (steps 1–5, 11–14 and the outcome),
 * as a transition table. Steps 6–8 are the work order's (workorders/procedure.ts), 9–10 the follow-ups'
 * (followups/procedure.ts), 15 the evaluation. The diagram is in README.md.
 */

import { defineProcedure } from "../../platform/procedure/procedure.js";
import type { OfferType } from "./catalog-types.js";

export type CaseState =
  | "new"
  | "opened"
  | "repeated_damage"
  | "negotiated"
  | "billing_claim_filed"
  | "xpress_ordered"
  | "request_analysis"
  | "compensation_offered"
  | "compensation_filed"
  | "promotion_granted"
  | "retained"
  | "cancelled";

export type CaseStep =
  | "open"
  | "check_repeated_damage"
  | "negotiate"
  | "file_bill_waiver_claim"
  | "create_xpress_order"
  | "offer_compensation"
  | "file_compensation_claim"
  | "grant_promotion"
  | "retain"
  | "accept_cancellation";

/** What the guards need, gathered by the command (or by the 360 for the explanation). */
export interface CaseFacts {
  /** Step 2: the product with repeated damage, if any. */
  hasRepeatedDamage: boolean;
  /** Steps 3, 12, 14: the offer asked for, checked for this customer; null when none was chosen. */
  offer: { type: OfferType; eligible: boolean; reason: string | null } | null;
  /** Step 5: why the Xpress order cannot be generated (no active Internet product …), or null. */
  xpressProblem: string | null;
  /** The outcome: whether a known cancellation reason was given. */
  hasCancellationReason: boolean;
}

export const NO_CASE_FACTS: CaseFacts = {
  hasRepeatedDamage: false,
  offer: null,
  xpressProblem: null,
  hasCancellationReason: false,
};

const ADVISOR = ["advisor"] as const;

function offerGuard(types: OfferType[], what: string) {
  return (facts: CaseFacts): string | null => {
    if (!facts.offer) return `Elija ${what}`;
    if (!types.includes(facts.offer.type)) return `Este paso es para ${what}`;
    return facts.offer.eligible ? null : facts.offer.reason;
  };
}

export const RETENTION_PROCEDURE = defineProcedure<CaseState, CaseStep, CaseFacts>({
  code: "retention",
  name: "Procedimiento para evitar bajas (retención)",
  states: {
    new: { label: "Sin caso" },
    opened: { label: "Antecedentes revisados" },
    repeated_damage: { label: "Daño reiterado: en negociación" },
    negotiated: { label: "Oferta aceptada (compensación o retiro de factura + Xpress)" },
    billing_claim_filed: { label: "Reclamo de facturación digitado" },
    xpress_ordered: { label: "Orden Xpress generada" },
    request_analysis: { label: "Sin daño reiterado: análisis de la petición" },
    compensation_offered: { label: "Compensación ofertada" },
    compensation_filed: { label: "Reclamo por compensación digitado" },
    promotion_granted: { label: "Promoción/OTT habilitada" },
    retained: { label: "Cliente retenido", isFinal: true },
    cancelled: { label: "Baja aceptada", isFinal: true },
  },
  steps: {
    open: { label: "Recibe al cliente y revisa los antecedentes", seedStep: "1", from: ["new"], to: "opened", roles: ADVISOR },
    check_repeated_damage: {
      label: "Revisa en sistema los daños reiterados",
      seedStep: "2",
      from: ["opened"],
      to: (facts) => (facts.hasRepeatedDamage ? "repeated_damage" : "request_analysis"),
      roles: ADVISOR,
    },
    negotiate: {
      label: "Negocia: compensación o retiro de factura del mes y solución técnica Xpress",
      seedStep: "3",
      from: ["repeated_damage"],
      to: "negotiated",
      roles: ADVISOR,
      guard: offerGuard(["bill_waiver", "compensation"], "la compensación o el retiro de factura"),
    },
    file_bill_waiver_claim: {
      label: "Digita el reclamo de facturación «Retiro por Retención con Servicio de Ingeniería»",
      seedStep: "4",
      from: ["negotiated"],
      to: "billing_claim_filed",
      roles: ADVISOR,
    },
    create_xpress_order: {
      label: "Genera la orden de trabajo de Servicio de Ingeniería para atención en 24 horas",
      seedStep: "5",
      from: ["billing_claim_filed"],
      to: "xpress_ordered",
      roles: ADVISOR,
      guard: (facts) => facts.xpressProblem,
    },
    offer_compensation: {
      label: "Oferta compensación de servicios",
      seedStep: "11–12",
      from: ["request_analysis"],
      to: "compensation_offered",
      roles: ADVISOR,
      guard: offerGuard(["compensation"], "una compensación"),
    },
    file_compensation_claim: {
      label: "Digita el reclamo de facturación por compensación",
      seedStep: "13",
      from: ["compensation_offered"],
      to: "compensation_filed",
      roles: ADVISOR,
    },
    grant_promotion: {
      label: "Digita promoción/OTT para el servicio sin costo (mejor oferta de la competencia)",
      seedStep: "11, 14",
      from: ["request_analysis"],
      to: "promotion_granted",
      roles: ADVISOR,
      guard: offerGuard(["promotion"], "una promoción/OTT"),
    },
    retain: {
      label: "Registra al cliente como retenido",
      from: ["xpress_ordered", "compensation_filed", "promotion_granted"],
      to: "retained",
      roles: ADVISOR,
    },
    accept_cancellation: {
      label: "Acepta la baja con su motivo",
      from: ["opened", "repeated_damage", "negotiated", "request_analysis", "compensation_offered"],
      to: "cancelled",
      roles: ADVISOR,
      guard: (facts) => (facts.hasCancellationReason ? null : "Indique un motivo de baja vigente del catálogo"),
    },
  },
});
