import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { IMPORT_STATUSES, type ImportStatus, uploadImport } from "../features/imports/api/imports-api";
import { ImportHistory } from "../features/imports/components/ImportHistory";
import { ImportUploadForm } from "../features/imports/components/ImportUploadForm";
import { UploadedImport } from "../features/imports/components/UploadedImport";
import { useImportReview } from "../features/imports/hooks/use-import-review";
import { useImportUpload } from "../features/imports/hooks/use-import-upload";
import { usePermission } from "../features/session/hooks/session-context";
import { labelOf } from "../i18n/labels";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";
import { pageRows, useTableState } from "../ui/use-table-state";

export function ImportsPage() {
  const { t } = useTranslation();
  usePageTitle(t("imports.title"));
  const canRun = usePermission("imports:run");
  const [status, setStatus] = useState<ImportStatus | "">("");
  const table = useTableState<"createdAt" | "-createdAt" | "fileName" | "-fileName" | "totalRows" | "-totalRows">();
  const history = useApiQuery("/api/imports", { query: { status: status || undefined, ...table.query } });
  const { rows, total } = pageRows(history.data);
  const review = useImportReview(history.reload);
  const uploader = useImportUpload(review.show);

  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("imports.title")}</h1>
      {canRun ? (
        <ImportUploadForm isBusy={uploader.isBusy} onUpload={(kind, file) => void uploader.upload(uploadImport(kind), file)} />
      ) : null}
      <UploadedImport uploader={uploader} review={review} canCommit={canRun} canDiscard={canRun} />
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">{t("imports.historyTitle")}</h2>
        <ErrorAlert error={history.error} />
        {history.isLoading && !history.data ? <Loading /> : null}
        <ImportHistory
          imports={rows}
          total={total}
          state={table}
          isLoading={history.isLoading}
          onOpen={(id) => {
            uploader.clearError();
            void review.open(id);
          }}
          toolbar={
            <label className="inline-field">
              <span>{t("imports.filterStatus")}</span>
              <select
                value={status}
                onChange={(event) => {
                  setStatus(event.target.value as ImportStatus | "");
                  table.firstPage();
                }}
              >
                <option value="">{t("imports.allStatuses")}</option>
                {IMPORT_STATUSES.map((code) => (
                  <option key={code} value={code}>
                    {labelOf(t, "importStatuses", code)}
                  </option>
                ))}
              </select>
            </label>
          }
        />
      </section>
    </section>
  );
}
