import { type ApiBody, type ApiResponse, client, unwrap } from "../../../api/client";

export type BoardData = ApiResponse<"/api/service-requests/board">;
export type BoardTicket = BoardData["tickets"][number];
export type RequestDetail = ApiResponse<"/api/service-requests/{id}">;
export type RequestItem = RequestDetail["request"];
export type TicketItem = RequestDetail["tickets"][number];
export type StepCode = RequestDetail["nextSteps"][number]["step"];

/** The realtime event the control board refreshes on. */
export const BOARD_EVENT = "servicerequests.board";

/** Which teams each step may route its ticket to (the server refuses any other, with the reason). */
export const STEP_TEAMS: Partial<Record<string, string[]>> = {
  network_observe: ["platform_monitors", "sales_team_leader", "advisor"],
  coc_route_fix: ["platform_monitors", "sales_team_leader", "network_dept"],
  coc_annul_for_reentry: ["advisor", "platform_monitors"],
  coc_coordinate_annulment: ["zonal"],
  technician_report: ["coc"],
  technician_to_zonal: ["zonal"],
  zonal_redirect: ["coc"],
};

export const serviceRequestsApi = {
  key: (body: ApiBody<"/api/service-requests">) => unwrap(client.POST("/api/service-requests", { body })),
  step: (id: string, step: string, body: ApiBody<"/api/service-requests/{id}/steps/{step}">) =>
    unwrap(
      client.POST("/api/service-requests/{id}/steps/{step}", {
        params: { path: { id, step: step as "network_observe" } },
        body,
      }),
    ),
  attend: (id: string, body: ApiBody<"/api/engineering-tickets/{id}/attend">) =>
    unwrap(client.POST("/api/engineering-tickets/{id}/attend", { params: { path: { id } }, body })),
  zoningForm: (id: string, body: ApiBody<"/api/service-requests/{id}/zoning-form">) =>
    unwrap(client.POST("/api/service-requests/{id}/zoning-form", { params: { path: { id } }, body })),
  formChange: (id: string, body: ApiBody<"/api/service-requests/{id}/form-change">) =>
    unwrap(client.POST("/api/service-requests/{id}/form-change", { params: { path: { id } }, body })),
  sendZoning: (month: string) => unwrap(client.POST("/api/zoning-reports/{month}/send", { params: { path: { month } } })),
};
