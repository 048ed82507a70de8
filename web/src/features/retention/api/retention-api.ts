import { type ApiBody, type ApiResponse, client, unwrap } from "../../../api/client";

/** GET /api/retention/customers/:id/360: everything the advisor needs during the call, in one request. */
export type Customer360 = ApiResponse<"/api/retention/customers/{id}/360">;
export type OfferExplanation = Customer360["explanation"]["offers"][number];
export type OfferType = OfferExplanation["type"];
export type StepExplanation = Customer360["explanation"]["steps"][number];

export type EvaluationView = ApiResponse<"/api/retention/evaluation">;
type Decision = ApiBody<"/api/retention/evaluations">["decision"];

const path = (id: string) => ({ params: { path: { id } } });

/** The advisor's actions on a case, one per step of the procedure. */
export const retentionApi = {
  open: (customerId: string, productId: string | null) =>
    unwrap(client.POST("/api/retention/cases", { body: { customerId, productId } })),
  check: (caseId: string) => unwrap(client.POST("/api/retention/cases/{id}/check", path(caseId))),
  offer: (caseId: string, offerCode: string, productId: string | null) =>
    unwrap(client.POST("/api/retention/cases/{id}/offer", { ...path(caseId), body: { offerCode, productId } })),
  fileBillingClaim: (caseId: string) => unwrap(client.POST("/api/retention/cases/{id}/billing-claim", path(caseId))),
  createXpressOrder: (caseId: string, observation: string) =>
    unwrap(client.POST("/api/retention/cases/{id}/xpress-order", { ...path(caseId), body: { observation } })),
  grantPromotion: (caseId: string, offerCode: string, productId: string) =>
    unwrap(client.POST("/api/retention/cases/{id}/promotion", { ...path(caseId), body: { offerCode, productId } })),
  retain: (caseId: string, note: string) =>
    unwrap(client.POST("/api/retention/cases/{id}/retain", { ...path(caseId), body: { note } })),
  cancel: (caseId: string, reasonCode: string, note: string) =>
    unwrap(client.POST("/api/retention/cases/{id}/cancel", { ...path(caseId), body: { reasonCode, note } })),
  evaluate: (month: string, decision: Decision, notes: string) =>
    unwrap(client.POST("/api/retention/evaluations", { body: { month, decision, notes } })),
};
