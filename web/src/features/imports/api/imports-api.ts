import {
  ApiError,
  type ApiParams,
  type ApiQueryParams,
  type ApiResponse,
  apiUrl,
  client,
  csrfHeaders,
  networkError,
  reportFailure,
  toApiError,
  unwrap,
} from "../../../api/client";
import type { paths } from "../../../api/schema";

/** The kinds the generic import route takes (a module's own kinds have their own routes). */
export type ImportKind = ApiQueryParams<"/api/imports", "post">["kind"];
export const IMPORT_KINDS = ["customers", "products", "claims", "billing"] as const satisfies readonly ImportKind[];

/** An import as GET /api/imports lists it. */
export type ImportSummary = ApiResponse<"/api/imports">["items"][number];
export type ImportStatus = ImportSummary["status"];
export const IMPORT_STATUSES = ["staged", "rejected", "committed", "discarded"] as const satisfies readonly ImportStatus[];
export type ImportDetail = ApiResponse<"/api/imports/{id}">;
/** Row 0 is the file itself or its header. */
export type ImportIssue = ImportDetail["errors"][number];

/**
 * The server-sent "import.progress" event while a file is being read. Server-sent events are not in
 * the OpenAPI document, so this one payload is described here.
 */
export interface ImportProgress {
  importId: string;
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
  totalRows?: number | null;
}

export const templateUrl = (kind: ImportKind) => apiUrl("/api/imports/templates/{kind}", { path: { kind } });
/** The import's errors as an .xlsx (fila, columna, error). */
export const errorsXlsxUrl = (id: string) => apiUrl("/api/imports/{id}/errors.xlsx", { path: { id } });
export const fetchImport = (id: string, errorsOffset = 0) =>
  unwrap(client.GET("/api/imports/{id}", { params: { path: { id }, query: { errorsOffset: errorsOffset || undefined } } }));
export const commitImport = (id: string) => unwrap(client.POST("/api/imports/{id}/commit", { params: { path: { id } } }));
export const discardImport = (id: string) => unwrap(client.POST("/api/imports/{id}/discard", { params: { path: { id } } }));

/** The import a refused upload (422) names, so its full error list can be fetched. */
export function rejectedImportId(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const id = error.problem.importId;
  return typeof id === "string" ? id : null;
}

export type UploadProgress = (sentBytes: number, totalBytes: number) => void;
/** Sends a file to one import route and resolves with the staged import. */
export type ImportUpload = (file: File, onProgress: UploadProgress) => Promise<ImportDetail>;

/** The generic route, for one of the foundation's kinds. */
export const uploadImport =
  (kind: ImportKind): ImportUpload =>
  (file, onProgress) =>
    uploadWithProgress("/api/imports", { query: { kind } }, file, onProgress);

/** The routes that take a file as multipart field "file" (their schemas describe no JSON body). */
type UploadPath = { [P in keyof paths]: paths[P] extends { post: object } ? P : never }[keyof paths];

/**
 * Sends the file as multipart field "file" to the route with XMLHttpRequest, the one browser API that
 * reports upload progress; resolves with the route's JSON answer, typed by its response schema.
 */
export function uploadWithProgress<P extends UploadPath>(
  path: P,
  params: ApiParams<P, "post">,
  file: File,
  onProgress: UploadProgress = () => undefined,
) {
  const url = (apiUrl as (path: P, params: ApiParams<P, "post">) => string)(path, params);
  return new Promise<ApiResponse<P, "post">>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Accept", "application/json");
    for (const [name, value] of Object.entries(csrfHeaders())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) resolve(JSON.parse(request.responseText) as ApiResponse<P, "post">);
      else reject(reportFailure(path, toApiError(request.status, request.responseText)));
    };
    request.onerror = () => reject(networkError());
    const body = new FormData();
    body.append("file", file, file.name);
    request.send(body);
  });
}
