import { type ApiBody, type ApiResponse, client, unwrap } from "../../../api/client";

export type EscalatedVisit = ApiResponse<"/api/outbound/escalated-visits">["items"][number];
export type VisitSlot = ApiResponse<"/api/outbound/escalated-visits/{id}/slots">[number];
export type ResolveVisitBody = ApiBody<"/api/outbound/escalated-visits/{id}/resolve">;
export type VisitCloseReason = NonNullable<ResolveVisitBody["closeReason"]>;
export type VisitStatus = EscalatedVisit["status"];

/** The back office's reasons to close an escalated visit without booking it (the server's VISIT_CLOSE_REASONS). */
export const CLOSE_REASONS: VisitCloseReason[] = [
  "customer_desisted",
  "not_attributable",
  "solved_without_visit",
  "customer_unreachable",
  "duplicate_request",
];

export const escalatedVisitsApi = {
  resolve: (id: string, body: ResolveVisitBody) =>
    unwrap(client.POST("/api/outbound/escalated-visits/{id}/resolve", { params: { path: { id } }, body })),
};
