import { useCallback, useEffect, useState } from "react";
import { type ApiResponse, client, type GetPath, isAbort, type ParamsArg, unwrap } from "./client";

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  reload: () => void;
}

/** openapi-fetch's GET without its per-path typing, for this hook whose path is a type parameter. */
type LooseGet = (
  path: string,
  init: { params?: unknown; signal?: AbortSignal },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * GETs `path` with its parameters (nothing while the path is null), again on `reload()`; a newer request
 * cancels the older one. The data is typed by the route's response schema.
 */
export function useApiQuery<P extends GetPath>(path: P | null, ...[params]: ParamsArg<P>): ApiQuery<ApiResponse<P>> {
  const [data, setData] = useState<ApiResponse<P> | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setLoading] = useState(path !== null);
  const [version, setVersion] = useState(0);
  // The parameters are a fresh object on every render: the request changes only when their content does.
  const key = path === null ? null : `${path} ${JSON.stringify(params ?? {})}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for path and params; `version` is the reload trigger.
  useEffect(() => {
    if (path === null) {
      setData(undefined);
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    unwrap((client.GET as unknown as LooseGet)(path, { params, signal: controller.signal }))
      .then((result) => setData(result as ApiResponse<P>))
      .catch((failure: unknown) => {
        if (!isAbort(failure)) setError(failure);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, isLoading, reload };
}
