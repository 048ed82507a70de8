import { type ApiBody, type ApiQueryParams, type ApiResponse, apiUrl, client, unwrap } from "../../../api/client";
import { type ImportDetail, type ImportUpload, uploadWithProgress } from "../../imports/api/imports-api";

/** The complaint cases of a campaign as the server shows them (src/modules/dispositions/schemas.ts). */

export type CaseSummary = ApiResponse<"/api/complaint-cases">["cases"][number];
export type CaseDetail = ApiResponse<"/api/complaint-cases/{id}">;
export type AttemptResult = ApiBody<"/api/complaint-cases/{id}/attempts">["result"];
export type DispositionResult = ApiResponse<"/api/complaint-cases/{id}/disposition", "post">;
type DispositionBody = ApiBody<"/api/complaint-cases/{id}/disposition">;

/** The attempt results the form offers, in its order. */
export const ATTEMPT_RESULTS = ["answered", "no_answer", "busy", "wrong_number"] as const satisfies readonly AttemptResult[];

export const takeCase = (id: string, expectedVersion: number) =>
  unwrap(client.POST("/api/complaint-cases/{id}/take", { params: { path: { id } }, body: { expectedVersion } }));
export const takeNextCase = (campaign: string) =>
  unwrap(client.POST("/api/campaigns/{campaign}/take-next", { params: { path: { campaign } } }));
export const recordAttempt = (id: string, body: ApiBody<"/api/complaint-cases/{id}/attempts">) =>
  unwrap(client.POST("/api/complaint-cases/{id}/attempts", { params: { path: { id } }, body }));

export const previewNote = (id: string, choice: ApiBody<"/api/complaint-cases/{id}/note-preview">) =>
  unwrap(client.POST("/api/complaint-cases/{id}/note-preview", { params: { path: { id } }, body: choice }));
export const submitDisposition = (id: string, body: DispositionBody, correction: boolean) =>
  unwrap(
    client.POST(correction ? "/api/complaint-cases/{id}/correction" : "/api/complaint-cases/{id}/disposition", {
      params: { path: { id } },
      body,
    }),
  );

export const assignCases = (caseIds: string[], advisorId: string | null) =>
  unwrap(client.POST("/api/complaint-cases/assign", { body: { caseIds, advisorId } }));
export const distributeCases = (campaign: string, advisorIds: string[], limit: number) =>
  unwrap(client.POST("/api/campaigns/{campaign}/distribute", { params: { path: { campaign } }, body: { advisorIds, limit } }));

type InstructionQuery = ApiQueryParams<"/api/closing-instructions/export">;
export const instructionsExportUrl = (query: InstructionQuery) => apiUrl("/api/closing-instructions/export", { query });
export const sendInstructions = (body: ApiBody<"/api/closing-instructions/send">) =>
  unwrap(client.POST("/api/closing-instructions/send", { body }));

/**
 * Stages a campaign's complaints file through the import pipeline's route for complaints. Its schema
 * names only part of the answer ("the import, as GET /api/imports/:id shows it"), which is what it sends.
 */
export const uploadComplaints =
  (campaign: string): ImportUpload =>
  async (file, onProgress) =>
    (await uploadWithProgress("/api/complaints/imports", { query: { campaign } }, file, onProgress)) as ImportDetail;
/** Same answer as the generic commit route, under the schema's partial description. */
export const commitComplaints = async (importId: string) =>
  (await unwrap(client.POST("/api/complaints/imports/{id}/commit", { params: { path: { id: importId } } }))) as ImportDetail;

/** The orders a list of cases can be asked in. */
export type CaseSort = NonNullable<ApiQueryParams<"/api/complaint-cases">["sort"]>;
