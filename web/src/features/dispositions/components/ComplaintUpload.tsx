import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { commitComplaints, uploadComplaints } from "../api/cases-api";

/** Loads the campaign's queue from the billing system's file: validated first, then confirmed. */
export function ComplaintUpload({ campaign, onCommitted }: { campaign: string; onCommitted: () => void }) {
  const { t } = useTranslation();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [staged, setStaged] = useState<{ id: string; totalRows: number } | null>(null);
  const [summary, setSummary] = useState<{ inserted?: number; updated?: number; unchanged?: number } | null>(null);
  const upload = useAsyncAction(async () => {
    setSummary(null);
    const result = await uploadComplaints(campaign, file!);
    setStaged(result);
    return result;
  });
  const commit = useAsyncAction(async () => {
    const result = await commitComplaints(staged!.id);
    setStaged(null);
    setSummary(result.summary);
    onCommitted();
    return result;
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file) void upload.run();
  }
  return (
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
        <button type="submit" className="button-secondary" data-testid="complaints-upload" disabled={!file || upload.isPending}>
          {t("dispositions.validateFile")}
        </button>
      </div>
      <ErrorAlert error={upload.error ?? commit.error} />
      {staged ? (
        <div className="alert alert-warning" role="status">
          <p>{t("dispositions.stagedRows", { count: staged.totalRows })}</p>
          <button type="button" className="button-primary" data-testid="complaints-commit" onClick={() => void commit.run()}>
            {t("dispositions.commitFile")}
          </button>
        </div>
      ) : null}
      {summary ? (
        <p className="alert alert-success" role="status" data-testid="complaints-committed">
          {t("dispositions.committedSummary", {
            inserted: summary.inserted ?? 0,
            updated: summary.updated ?? 0,
            unchanged: summary.unchanged ?? 0,
          })}
        </p>
      ) : null}
    </form>
  );
}
