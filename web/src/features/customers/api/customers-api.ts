import type { ApiResponse } from "../../../api/client";

/** GET /api/customers answers the search list when only q is sent, a page otherwise. */
type CustomerListAnswer = ApiResponse<"/api/customers">;
export type CustomerSummary = Extract<CustomerListAnswer, unknown[]>[number];
/** GET /api/customers/:id: the customer page. */
export type CustomerDetail = ApiResponse<"/api/customers/{id}">;
export type Product = CustomerDetail["products"][number];
export type Claim = CustomerDetail["claims"][number];
export type BillingMonth = CustomerDetail["billing"][number];

export const SEARCH_LIMIT = 20;
/** The server refuses shorter queries. */
export const MIN_QUERY_LENGTH = 2;
