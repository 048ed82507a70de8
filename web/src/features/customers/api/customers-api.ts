import { queryString } from "../../../api/client";

export type ProductKind = "internet" | "tv" | "fixed_voice" | "mobile";
export type ProductStatus = "active" | "suspended" | "withdrawn";

export interface CustomerSummary {
  id: string;
  code: string;
  documentId: string;
  fullName: string;
  tier: string;
  phone: string | null;
  city: string | null;
}

export interface Product {
  id: string;
  serviceNumber: string;
  kind: ProductKind;
  technology: string;
  plan: string;
  status: ProductStatus;
  withdrawnForNonPayment: boolean;
  monthlyFee: number | null;
  activatedOn: string | null;
}

export interface Claim {
  id: string;
  code: string;
  productId: string;
  category: string;
  description: string | null;
  openedAt: string;
  resolvedAt: string | null;
}

export interface BillingMonth {
  /** YYYY-MM */
  period: string;
  amount: number;
}

/** GET /api/customers/:id: the customer page. */
export interface CustomerDetail extends CustomerSummary {
  email: string | null;
  address: string | null;
  isDelinquent: boolean;
  hasCreditBureauFlag: boolean;
  createdAt: string;
  updatedAt: string;
  products: Product[];
  /** The last 90 days, newest first. */
  claims: Claim[];
  billing: BillingMonth[];
  billingAverage: number | null;
}

export const SEARCH_LIMIT = 20;
/** The server refuses shorter queries. */
export const MIN_QUERY_LENGTH = 2;

export const customerSearchPath = (query: string) => `/api/customers${queryString({ q: query, limit: SEARCH_LIMIT })}`;
export const customerPath = (id: string) => `/api/customers/${encodeURIComponent(id)}`;
