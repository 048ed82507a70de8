import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { ProgressBar } from "../../../ui/ProgressBar";
import type { UploadProgressState } from "../hooks/use-import-upload";

/** Two bars: the file going up, then the server reading its rows. */
export function UploadProgress({ progress }: { progress: UploadProgressState }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (progress.phase === "idle") return null;
  const { server } = progress;
  const percent = progress.totalBytes > 0 ? Math.round((progress.sentBytes / progress.totalBytes) * 100) : 0;
  const serverMax = server?.totalRows || server?.totalBytes || 1;
  const serverValue = server ? (server.totalRows ? server.rowsRead : server.bytesRead) : null;
  return (
    <div className="card" role="status">
      <ProgressBar
        label={t("imports.uploadProgress")}
        value={progress.sentBytes}
        max={progress.totalBytes || 1}
        detail={t("imports.percent", { percent })}
      />
      {progress.phase === "processing" ? (
        <ProgressBar
          label={t("imports.processingProgress")}
          value={serverValue}
          max={serverMax}
          detail={server ? t("imports.rowsRead", { count: server.rowsRead, rows: format.number(server.rowsRead) }) : undefined}
        />
      ) : null}
    </div>
  );
}
