/**
 * The web UI's only way to the server: openapi-fetch over the generated schema (./schema.d.ts, from the
 * server's OpenAPI document), the session cookie, the CSRF header, problem+json errors.
 */
import createClient, { createFinalURL, defaultPathSerializer } from "openapi-fetch";
import type { components, paths } from "./schema";

/**
 * A problem+json answer. `errors` (one entry per failing field or row) is an extension the server's
 * Problem schema allows but does not name.
 */
export type ProblemDetails = components["schemas"]["Problem"] & {
  errors?: Array<{ field?: string; row?: number; message: string }>;
};

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

/** Turns a failed response body (its text, or that text already parsed) into an ApiError, problem+json or not. */
export function toApiError(status: number, body: unknown): ApiError {
  let value = body;
  if (typeof body === "string") {
    try {
      value = JSON.parse(body);
    } catch {
      // Not JSON (a proxy's HTML page, an empty body): described below.
    }
  }
  if (isProblem(value)) return new ApiError({ ...value, status });
  return new ApiError({ type: "about:blank", title: "", status, code: UNEXPECTED_RESPONSE });
}

export const networkError = () => new ApiError({ type: "about:blank", title: "", status: 0, code: NETWORK_ERROR });

/** Lets the session listeners react to a 401, then hands the error back to be thrown. */
export function reportFailure(path: string, error: ApiError): ApiError {
  if (error.status === 401 && path !== "/api/auth/login") {
    for (const listener of unauthorizedListeners) listener(error);
  }
  return error;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/** Query strings from the defined values only (`?q=ana&limit=20`); an array repeats its key. */
function serializeQuery(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== "") search.append(key, String(item));
    }
  }
  return search.toString();
}

/** The typed client: `client.GET("/api/customers/{id}", { params: { path: { id } } })`. Prefer `unwrap` around it. */
export const client = createClient<paths>({
  headers: { Accept: "application/json" },
  credentials: "same-origin",
  querySerializer: serializeQuery,
});

client.use({
  onRequest({ request }) {
    if (request.method !== "GET" && csrfToken) request.headers.set("X-CSRF-Token", csrfToken);
  },
  onError({ error }) {
    // A cancelled request stays an AbortError (callers ignore those); anything else never reached the server.
    return isAbort(error) ? undefined : networkError();
  },
});

/** The body of a successful answer; a failed one is thrown as an ApiError (after a 401 is reported). */
export async function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(
  pending: Promise<R>,
): Promise<Exclude<R["data"], undefined>> {
  const { data, error, response } = await pending;
  if (!response.ok) throw reportFailure(new URL(response.url, window.location.href).pathname, toApiError(response.status, error));
  return data as Exclude<R["data"], undefined>;
}

type Method = "get" | "post" | "put" | "patch" | "delete";
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { "application/json": infer T } } ? T : never;
type SuccessOf<O> = O extends { responses: infer R }
  ? R extends { 200: infer S }
    ? JsonOf<S>
    : R extends { 201: infer S }
      ? JsonOf<S>
      : never
  : never;

/** The JSON a route answers on success (its 200, else its 201), from the generated schema. */
export type ApiResponse<P extends keyof paths, M extends Method = "get"> = SuccessOf<Operation<P, M>>;
/** The JSON body a route takes. */
export type ApiBody<P extends keyof paths, M extends Method = "post"> =
  Operation<P, M> extends {
    requestBody?: { content: { "application/json": infer B } };
  }
    ? B
    : never;
/** The path and query parameters of a route. */
export type ApiParams<P extends keyof paths, M extends Method = "get"> = Pick<Operation<P, M>["parameters"], "path" | "query">;
/** The query parameters of a route. */
export type ApiQueryParams<P extends keyof paths, M extends Method = "get"> = NonNullable<Operation<P, M>["parameters"]["query"]>;
/** The routes that answer GET. */
export type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
type Parameters<P extends keyof paths, M extends Method> = Operation<P, M>["parameters"];
/** The parameters argument of a route: required when the route has required path or query parameters. */
export type ParamsArg<P extends keyof paths, M extends Method = "get"> = undefined extends Parameters<P, M>["path"]
  ? undefined extends Parameters<P, M>["query"]
    ? [params?: ApiParams<P, M>]
    : [params: ApiParams<P, M>]
  : [params: ApiParams<P, M>];

/**
 * The URL of a route with its parameters filled in, for what fetch does not do: links (file downloads)
 * and the XMLHttpRequest uploads that report progress.
 */
export function apiUrl<P extends keyof paths, M extends Method = "get">(path: P, ...[params]: ParamsArg<P, M>): string {
  return createFinalURL(path, {
    baseUrl: "",
    params: params ?? {},
    querySerializer: serializeQuery,
    pathSerializer: defaultPathSerializer,
  });
}
