import { useCallback, useState } from "react";
import { useAsyncAction } from "../../../api/use-async-action";
import { commitImport, discardImport, fetchImport, type ImportDetail } from "../api/imports-api";

/**
 * The import on screen: just uploaded or picked from the history; commit, discard, page through its
 * errors. `commit` is the generic route's unless a module commits its own kind (complaints).
 */
export function useImportReview(onChanged: () => void, commit: (id: string) => Promise<ImportDetail> = commitImport) {
  const [current, setCurrent] = useState<ImportDetail | null>(null);

  const show = useCallback(
    (detail: ImportDetail) => {
      setCurrent(detail);
      onChanged();
    },
    [onChanged],
  );

  const open = useAsyncAction(async (id: string) => setCurrent(await fetchImport(id)));

  const decide = useAsyncAction(async (decision: "commit" | "discard") => {
    if (!current) return;
    const updated = decision === "commit" ? await commit(current.id) : await discardImport(current.id);
    setCurrent(updated);
    onChanged();
  });

  const moreErrors = useAsyncAction(async () => {
    if (!current) return;
    const page = await fetchImport(current.id, current.errors.length);
    setCurrent({ ...current, errors: [...current.errors, ...page.errors] });
  });

  return {
    current,
    show,
    open: open.run,
    commit: () => decide.run("commit"),
    discard: () => decide.run("discard"),
    loadMoreErrors: moreErrors.run,
    isPending: decide.isPending || open.isPending || moreErrors.isPending,
    error: decide.error ?? open.error ?? moreErrors.error,
  };
}
