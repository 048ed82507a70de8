import { type ApiBody, type ApiResponse, apiUrl, client, unwrap } from "../../../api/client";

export type DeskPage = ApiResponse<"/api/adjustments/cuts/{cutDate}/rows">;
export type DeskRow = DeskPage["items"][number];
export type RowPage = ApiResponse<"/api/adjustments/rows/{id}">;
export type CutSummary = ApiResponse<"/api/adjustments/cuts">[number];
export type FeedbackWeek = ApiResponse<"/api/adjustments/feedback">;
export type MyFeedback = ApiResponse<"/api/adjustments/my/feedback">[number];

/** The adjustments cell's writes and file links. */
export const adjustmentsApi = {
  validate: (id: string, body: ApiBody<"/api/adjustments/rows/{id}/validate">) =>
    unwrap(client.POST("/api/adjustments/rows/{id}/validate", { params: { path: { id } }, body })),
  answer: (id: string, body: ApiBody<"/api/adjustments/rows/{id}/answer">) =>
    unwrap(client.POST("/api/adjustments/rows/{id}/answer", { params: { path: { id } }, body })),
  review: (id: string, body: ApiBody<"/api/adjustments/rows/{id}/review">) =>
    unwrap(client.POST("/api/adjustments/rows/{id}/review", { params: { path: { id } }, body })),
  contact: (id: string, body: ApiBody<"/api/adjustments/rows/{id}/contacts">) =>
    unwrap(client.POST("/api/adjustments/rows/{id}/contacts", { params: { path: { id } }, body })),
  bulkValidate: (ids: string[]) => unwrap(client.POST("/api/adjustments/bulk", { body: { action: "validate", ids } })),
  sendCredits: (cutDate: string) =>
    unwrap(client.POST("/api/adjustments/cuts/{cutDate}/credit-lines", { params: { path: { cutDate } } })),
  generateFeedback: (week: string) => unwrap(client.POST("/api/adjustments/feedback", { body: { week } })),
  signFeedback: (id: string, body: ApiBody<"/api/adjustments/feedback/{id}/sign">) =>
    unwrap(client.POST("/api/adjustments/feedback/{id}/sign", { params: { path: { id } }, body })),
  cutExportUrl: (cutDate: string) => apiUrl("/api/adjustments/cuts/{cutDate}/export", { path: { cutDate } }),
};
