import { useCallback, useState } from "react";
import { useServerEvent } from "../../../api/server-events";
import { fetchImport, type ImportDetail, type ImportProgress, type ImportUpload, rejectedImportId } from "../api/imports-api";

export interface UploadProgressState {
  phase: "idle" | "uploading" | "processing";
  sentBytes: number;
  totalBytes: number;
  /** What the server has read so far (from the event stream), once it starts reading. */
  server: ImportProgress | null;
}

const IDLE: UploadProgressState = { phase: "idle", sentBytes: 0, totalBytes: 0, server: null };

function isImportProgress(data: unknown): data is ImportProgress {
  return typeof data === "object" && data !== null && "importId" in data && "rowsRead" in data;
}

/**
 * Uploads a file to an import route (`send`: the generic one's or a module's) with a progress bar, then
 * follows the server reading it. Calls `onImport` with the staged import — or with the rejected one,
 * fetched in full, when the file had errors.
 */
export function useImportUpload(onImport: (detail: ImportDetail) => void) {
  const [progress, setProgress] = useState<UploadProgressState>(IDLE);
  const [error, setError] = useState<unknown>(null);
  const isBusy = progress.phase !== "idle";

  useServerEvent(
    "import.progress",
    (data) => {
      if (isImportProgress(data)) setProgress((state) => ({ ...state, phase: "processing", server: data }));
    },
    isBusy,
  );

  const upload = useCallback(
    async (send: ImportUpload, file: File) => {
      setError(null);
      setProgress({ ...IDLE, phase: "uploading", totalBytes: file.size });
      try {
        onImport(
          await send(file, (sentBytes, totalBytes) =>
            setProgress((state) => ({
              ...state,
              sentBytes,
              totalBytes,
              phase: sentBytes >= totalBytes ? "processing" : state.phase,
            })),
          ),
        );
      } catch (failure) {
        setError(failure);
        const rejectedId = rejectedImportId(failure);
        const rejected = rejectedId ? await fetchImport(rejectedId).catch(() => null) : null;
        if (rejected) onImport(rejected);
      } finally {
        setProgress(IDLE);
      }
    },
    [onImport],
  );

  const clearError = useCallback(() => setError(null), []);
  return { upload, progress, error, isBusy, clearError };
}
