import { api, queryString } from "../../../api/client";
import type { Claim, Product } from "../../customers/api/customers-api";

export type OfferType = "bill_waiver" | "compensation" | "promotion";
export type Branch = "repeated_damage" | "request_analysis";

export interface StepExplanation {
  step: string;
  label: string;
  seedStep?: string;
  allowed: boolean;
  reason: string | null;
}

export interface OfferExplanation {
  code: string;
  type: OfferType;
  name: string;
  description: string;
  branches: Branch[];
  duration: { amount: number; unit: string } | null;
  checks: Array<{ productId: string; serviceNumber: string; eligible: boolean; reason: string | null }>;
}

/** Products and claims come in the customer page's shapes. */
export type RetentionProduct = Product;
export type RetentionClaim = Claim;

export interface CaseOffer {
  id: string;
  offerCode: string;
  offerType: OfferType;
  productId: string | null;
  status: string;
  billingConcept: string | null;
  amount: number | null;
  startsAt: string | null;
  endsAt: string | null;
  externalReference: string | null;
}

export interface RetentionCaseView {
  id: string;
  number: number;
  state: string;
  stateLabel: string;
  branch: Branch | null;
  productId: string | null;
  requestKind: string | null;
  outcome: string | null;
  cancellationReason: string | null;
  createdAt: string;
  closedAt: string | null;
  offers: CaseOffer[];
}

/** GET /api/retention/customers/:id/360: everything the advisor needs during the call, in one request. */
export interface Customer360 {
  customer: {
    id: string;
    code: string;
    documentId: string;
    fullName: string;
    tier: string;
    phone: string | null;
    email: string | null;
    address: string | null;
    city: string | null;
    customerSince: string;
  };
  vip: { isVip: boolean; reasons: string[]; billingAverage: number | null; months: number };
  flags: { isDelinquent: boolean; hasCreditBureauFlag: boolean; withdrawnForNonPayment: string[]; warnings: string[] };
  products: RetentionProduct[];
  claims: RetentionClaim[];
  claimHistoryDays: number;
  billing: Array<{ period: string; amount: number }>;
  repeatedDamage: Array<{ productId: string; claimIds: string[]; openClaimIds: string[] }>;
  explanation: {
    branch: { hasRepeatedDamage: boolean; foreseen: Branch; reason: string };
    restrictions: Array<{ flag: string; label: string; refuses: string[] }>;
    offers: OfferExplanation[];
    steps: StepExplanation[];
  };
  xpressObservationDraft: string;
  cancellationReasons: Array<{ code: string; name: string }>;
  openCaseId: string | null;
  cases: RetentionCaseView[];
  workOrders: Array<{
    id: string;
    number: number;
    activityCode: string;
    activityName: string;
    status: string;
    dueAt: string;
    closedAt: string | null;
  }>;
  /** The customer's complaint cases in the campaigns (seed 003), newest first. */
  complaints: Array<{
    id: string;
    complaintNumber: string;
    campaign: string;
    status: "open" | "pending" | "finished";
    queue: string;
    stateCode: string | null;
    motiveCode: string | null;
    reason: string;
    receivedAt: string;
    finishedAt: string | null;
  }>;
  timeline: Array<{
    id: number;
    occurredAt: string;
    actorName: string | null;
    actorRole: string;
    subjectType: string;
    action: string;
    reason: string | null;
  }>;
}

export interface CaseSummary {
  id: string;
  number: number;
  state: string;
  stateLabel: string;
  outcome: string | null;
}

interface MonthSummary {
  thisMonth: number;
  lastMonth: number;
  isMet: boolean;
  change: number;
  retainedThisMonth: number;
  retainedLastMonth: number;
  retentionRateThisMonth: number | null;
  retentionRateLastMonth: number | null;
}

export interface Indicator {
  month: string;
  lastMonth: string;
  formula: string;
  overall: MonthSummary;
  byTeam: Array<MonthSummary & { team: string }>;
  byProduct: Array<MonthSummary & { productKind: string }>;
}

export interface EvaluationView {
  results: Array<{
    month: string;
    team: string;
    branch: string;
    offerCode: string;
    /** The offer as the catalog names it; null when the case had none. */
    offerLabel: string | null;
    closed: number;
    retained: number;
    cancelled: number;
    retentionRate: number | null;
  }>;
  evaluations: Array<{
    id: string;
    month: string;
    decision: "feedback" | "reformulate";
    notes: string;
    createdByName: string | null;
    createdAt: string;
  }>;
}

export const customer360Path = (id: string) => `/api/retention/customers/${encodeURIComponent(id)}/360`;
export const indicatorPath = (month?: string) => `/api/retention/indicator${queryString({ month })}`;
export const evaluationPath = (months = 6) => `/api/retention/evaluation${queryString({ months })}`;

const casePath = (id: string, action: string) => `/api/retention/cases/${encodeURIComponent(id)}/${action}`;

/** The advisor's actions on a case, one per step of the procedure. */
export const retentionApi = {
  open: (customerId: string, productId: string | null) =>
    api.post<CaseSummary>("/api/retention/cases", { customerId, productId }),
  check: (caseId: string) => api.post<CaseSummary>(casePath(caseId, "check")),
  offer: (caseId: string, offerCode: string, productId: string | null) =>
    api.post<CaseSummary>(casePath(caseId, "offer"), { offerCode, productId }),
  fileBillingClaim: (caseId: string) => api.post<CaseSummary>(casePath(caseId, "billing-claim")),
  createXpressOrder: (caseId: string, observation: string) =>
    api.post<{ id: string; number: number }>(casePath(caseId, "xpress-order"), { observation }),
  grantPromotion: (caseId: string, offerCode: string, productId: string) =>
    api.post<CaseSummary>(casePath(caseId, "promotion"), { offerCode, productId }),
  retain: (caseId: string, note: string) => api.post<CaseSummary>(casePath(caseId, "retain"), { note }),
  cancel: (caseId: string, reasonCode: string, note: string) =>
    api.post<CaseSummary>(casePath(caseId, "cancel"), { reasonCode, note }),
  evaluate: (month: string, decision: "feedback" | "reformulate", notes: string) =>
    api.post<{ id: string }>("/api/retention/evaluations", { month, decision, notes }),
};
