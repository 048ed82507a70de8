import { type ApiBody, type ApiResponse, client, unwrap } from "../../../api/client";

export type AgentDesktopView = ApiResponse<"/api/outbound/agent">;
export type CompleteCallBody = ApiBody<"/api/outbound/calls/{id}/complete">;
export type AgentStateBody = ApiBody<"/api/outbound/agent/state", "put">;
export type DialableRecord = ApiResponse<"/api/outbound/agent/preview">["items"][number];
export type FilePqrFromCallBody = ApiBody<"/api/outbound/calls/{id}/pqr">;
export type CampaignLiveView = ApiResponse<"/api/outbound/campaigns/{id}/live">;

export const outboundApi = {
  setState: (body: AgentStateBody) => unwrap(client.PUT("/api/outbound/agent/state", { body })),
  hangUp: (id: string) => unwrap(client.POST("/api/outbound/calls/{id}/hangup", { params: { path: { id } } })),
  complete: (id: string, body: CompleteCallBody) =>
    unwrap(client.POST("/api/outbound/calls/{id}/complete", { params: { path: { id } }, body })),
  dialRecord: (id: string) => unwrap(client.POST("/api/outbound/records/{id}/dial", { params: { path: { id } } })),
  filePqr: (id: string, body: FilePqrFromCallBody) =>
    unwrap(client.POST("/api/outbound/calls/{id}/pqr", { params: { path: { id } }, body })),
  bookVisit: (id: string, body: ApiBody<"/api/outbound/calls/{id}/visit">) =>
    unwrap(client.POST("/api/outbound/calls/{id}/visit", { params: { path: { id } }, body })),
  dial: (id: string) => unwrap(client.POST("/api/outbound/campaigns/{id}/dial", { params: { path: { id } } })),
};
