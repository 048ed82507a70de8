import { ApiError, api, csrfHeaders, NETWORK_ERROR, queryString, reportFailure, toApiError } from "../../../api/client";

export const IMPORT_KINDS = ["customers", "products", "claims", "billing"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportStatus = "staged" | "rejected" | "committed" | "discarded";

/** An import as GET /api/imports lists it. */
export interface ImportSummary {
  id: string;
  kind: string;
  fileName: string;
  status: ImportStatus;
  totalRows: number;
  errorCount: number;
  /** After commit: {inserted, updated, unchanged}. */
  summary: Record<string, unknown>;
  createdAt: string;
  committedAt: string | null;
}

/** Row 0 is the file itself or its header. */
export interface ImportIssue {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportDetail extends ImportSummary {
  errorsOffset: number;
  errors: ImportIssue[];
  preview: Array<{ row: number; data: Record<string, unknown> }>;
}

/** The server-sent "import.progress" event while a file is being read. */
export interface ImportProgress {
  importId: string;
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
  totalRows?: number | null;
}

export const IMPORTS_PATH = "/api/imports";
const importPath = (id: string) => `${IMPORTS_PATH}/${encodeURIComponent(id)}`;

export const templatePath = (kind: ImportKind) => `${IMPORTS_PATH}/templates/${kind}`;
export const fetchImport = (id: string, errorsOffset = 0) =>
  api.get<ImportDetail>(`${importPath(id)}${queryString({ errorsOffset: errorsOffset || undefined })}`);
export const commitImport = (id: string) => api.post<ImportDetail>(`${importPath(id)}/commit`);
export const discardImport = (id: string) => api.post<ImportDetail>(`${importPath(id)}/discard`);

/** The import a refused upload (422) names, so its full error list can be fetched. */
export function rejectedImportId(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const id = error.problem.importId;
  return typeof id === "string" ? id : null;
}

/** Where the generic route stages an import of one of the foundation's kinds. */
export const importUploadPath = (kind: ImportKind) => `${IMPORTS_PATH}${queryString({ kind })}`;

/**
 * Sends the file as multipart field "file" to `path` with XMLHttpRequest, the one browser API that
 * reports upload progress; resolves with the JSON answer (a staged import, for the import routes).
 */
export function uploadWithProgress<T = ImportDetail>(
  path: string,
  file: File,
  onProgress: (sentBytes: number, totalBytes: number) => void = () => undefined,
) {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", path);
    request.setRequestHeader("Accept", "application/json");
    for (const [name, value] of Object.entries(csrfHeaders())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) resolve(JSON.parse(request.responseText) as T);
      else reject(reportFailure(path, toApiError(request.status, request.responseText)));
    };
    request.onerror = () => reject(new ApiError({ type: "about:blank", title: "", status: 0, code: NETWORK_ERROR }));
    const body = new FormData();
    body.append("file", file, file.name);
    request.send(body);
  });
}
