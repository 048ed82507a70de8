/** The web UI's only way to the server: JSON over fetch, the session cookie, the CSRF header, problem+json errors. */

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  field?: string;
  row?: number;
  errors?: Array<{ field?: string; row?: number; message: string }>;
  [extension: string]: unknown;
}

/** Codes the client gives to failures that never reached a problem+json answer. */
export const NETWORK_ERROR = "NETWORK_ERROR";
export const UNEXPECTED_RESPONSE = "UNEXPECTED_RESPONSE";

export class ApiError extends Error {
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<(error: ApiError) => void>();

/** Remembers the session's CSRF token; every non-GET request echoes it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { "X-CSRF-Token": csrfToken } : {};
}

/** Called whenever the server answers 401 to anything but a login attempt (the session is gone). */
export function onUnauthorized(listener: (error: ApiError) => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function isProblem(value: unknown): value is ProblemDetails {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.title === "string" && typeof candidate.code === "string";
}

/** Turns a failed response body into an ApiError, whether or not it is problem+json. */
export function toApiError(status: number, bodyText: string): ApiError {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (isProblem(body)) return new ApiError({ ...body, status });
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): described below.
  }
  return new ApiError({ type: "about:blank", title: "", status, code: UNEXPECTED_RESPONSE });
}

/** Lets the session listeners react to a 401, then hands the error back to be thrown. */
export function reportFailure(path: string, error: ApiError): ApiError {
  if (error.status === 401 && path !== "/api/auth/login") {
    for (const listener of unauthorizedListeners) listener(error);
  }
  return error;
}

type Method = "GET" | "POST" | "PUT" | "DELETE";

async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", ...(method === "GET" ? {} : csrfHeaders()) };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({ type: "about:blank", title: "", status: 0, code: NETWORK_ERROR });
  }
  const text = await response.text();
  if (!response.ok) throw reportFailure(path, toApiError(response.status, text));
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>("GET", path, undefined, signal),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body),
  put: <T>(path: string, body?: unknown) => request<T>("PUT", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
};

/** A query string from the defined values only: `?q=ana&limit=20`. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
