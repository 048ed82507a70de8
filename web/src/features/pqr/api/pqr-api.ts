import { type ApiBody, type ApiQueryParams, type ApiResponse, apiUrl, client, unwrap } from "../../../api/client";

export type PqrPage = ApiResponse<"/api/pqrs">;
export type PqrItem = PqrPage["items"][number];
export type PqrSort = NonNullable<ApiQueryParams<"/api/pqrs">["sort"]>;
export type PqrDetail = ApiResponse<"/api/pqrs/{id}">;
export type FilePqrBody = ApiBody<"/api/pqrs">;
export type UploadedFile = NonNullable<FilePqrBody["evidence"]>[number];

export const PQR_TYPES = ["petition", "complaint", "appeal"] as const;
export const PQR_CHANNELS = ["phone", "in_person", "web", "email", "chat", "app", "social_media", "written"] as const;
export const CHANNELS_WITH_ADDRESS: readonly string[] = ["email", "phone", "written"];
export const ALL_STATUSES = [
  "filed",
  "answered",
  "closed",
  "appeal_filed",
  "reconsideration_decided",
  "with_authority",
  "authority_decided",
  "silence",
  "silence_granted",
  "desisted",
] as const;
export const EVIDENCE_ACCEPT = "application/pdf,image/jpeg,image/png,text/plain,audio/mpeg,audio/wav";

const path = (id: string) => ({ params: { path: { id } } });

export const pqrApi = {
  file: (body: FilePqrBody) => unwrap(client.POST("/api/pqrs", { body })),
  answer: (id: string, body: ApiBody<"/api/pqrs/{id}/answer">) =>
    unwrap(client.POST("/api/pqrs/{id}/answer", { ...path(id), body })),
  appeal: (id: string, body: ApiBody<"/api/pqrs/{id}/appeal">) =>
    unwrap(client.POST("/api/pqrs/{id}/appeal", { ...path(id), body })),
  decide: (id: string, body: ApiBody<"/api/pqrs/{id}/reconsideration-decision">) =>
    unwrap(client.POST("/api/pqrs/{id}/reconsideration-decision", { ...path(id), body })),
  forward: (id: string, body: ApiBody<"/api/pqrs/{id}/forward">) =>
    unwrap(client.POST("/api/pqrs/{id}/forward", { ...path(id), body })),
  authorityDecision: (id: string, body: ApiBody<"/api/pqrs/{id}/authority-decision">) =>
    unwrap(client.POST("/api/pqrs/{id}/authority-decision", { ...path(id), body })),
  grant: (id: string, note: string) => unwrap(client.POST("/api/pqrs/{id}/grant", { ...path(id), body: { note } })),
  desist: (id: string, note: string) => unwrap(client.POST("/api/pqrs/{id}/desist", { ...path(id), body: { note } })),
  setCunRange: (body: ApiBody<"/api/pqr-cun-range", "put">) => unwrap(client.PUT("/api/pqr-cun-range", { body })),
  fileUrl: (id: string, fileId: string) => apiUrl("/api/pqrs/{id}/files/{fileId}", { path: { id, fileId } }),
};

/** A chosen file as the API takes it: its name, type and content in base64. */
export async function toUploadedFile(file: File): Promise<UploadedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, mediaType: file.type || "application/octet-stream", contentBase64: btoa(binary) };
}
