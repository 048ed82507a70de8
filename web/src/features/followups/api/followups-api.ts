import { type ApiBody, type ApiQueryParams, type ApiResponse, client, unwrap } from "../../../api/client";

export type FollowUpScope = NonNullable<ApiQueryParams<"/api/follow-ups">["scope"]>;
export type FollowUpItem = Extract<ApiResponse<"/api/follow-ups">, unknown[]>[number];

export const followUpsApi = {
  complete: (id: string, answers: ApiBody<"/api/follow-ups/{id}/complete">) =>
    unwrap(client.POST("/api/follow-ups/{id}/complete", { params: { path: { id } }, body: answers })),
};
