import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { UploadedImport } from "../../imports/components/UploadedImport";
import { useImportReview } from "../../imports/hooks/use-import-review";
import { useImportUpload } from "../../imports/hooks/use-import-upload";
import { usePermission } from "../../session/hooks/session-context";
import { commitComplaints, uploadComplaints } from "../api/cases-api";

/**
 * Loads the campaign's queue from the billing system's file through the import pipeline's screens: the
 * upload's progress, then the staged file with its errors by row and column and its first rows,
 * confirmed (or discarded) here.
 */
export function ComplaintUpload({ campaign, onCommitted }: { campaign: string; onCommitted: () => void }) {
  const { t } = useTranslation();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const canDiscard = usePermission("imports:run");
  const review = useImportReview(onCommitted, commitComplaints);
  const uploader = useImportUpload(review.show);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file) void uploader.upload(uploadComplaints(campaign), file);
  }
  return (
    <>
      <form className="card form-grid" onSubmit={submit} aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t("dispositions.uploadTitle")}</h2>
        <p className="hint">{t("dispositions.uploadColumns")}</p>
        <div className="field">
          <label htmlFor={fileId}>{t("dispositions.file")}</label>
          <input
            id={fileId}
            type="file"
            data-testid="complaints-file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <a className="hint" href="/api/imports/templates/complaints" download>
            {t("dispositions.downloadTemplate")}
          </a>
        </div>
        <div className="button-row">
          <button type="submit" className="button-secondary" data-testid="complaints-upload" disabled={!file || uploader.isBusy}>
            {t("dispositions.validateFile")}
          </button>
        </div>
      </form>
      <UploadedImport uploader={uploader} review={review} canCommit canDiscard={canDiscard} />
    </>
  );
}
