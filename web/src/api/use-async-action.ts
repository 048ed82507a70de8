import { useCallback, useState } from "react";

export interface AsyncAction<Args extends unknown[], Result> {
  run: (...args: Args) => Promise<Result | undefined>;
  isPending: boolean;
  error: unknown;
}

/** Runs a write (a form submit, a button) and keeps its pending flag and last error for the UI. */
export function useAsyncAction<Args extends unknown[], Result>(
  action: (...args: Args) => Promise<Result>,
): AsyncAction<Args, Result> {
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(
    async (...args: Args) => {
      setPending(true);
      setError(null);
      try {
        return await action(...args);
      } catch (failure) {
        setError(failure);
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [action],
  );

  return { run, isPending, error };
}
