import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { importWorkbook, workbookUrl } from "../api/campaigns-api";

/** The campaign's catalog as one .xlsx: download it, edit it, upload it as new versions of what changed. */
export function CatalogWorkbookForm({ campaign, onImported }: { campaign: string; onImported: () => void }) {
  const { t } = useTranslation();
  const fileId = useId();
  const noteId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const action = useAsyncAction(async () => {
    const result = await importWorkbook(campaign, file!, note);
    onImported();
    return result;
  });
  const [result, setResult] = useState<Awaited<ReturnType<typeof importWorkbook>> | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult((await action.run()) ?? null);
  }
  const outcome = (part: { version: number; published: boolean }) =>
    part.published
      ? t("dispositions.publishedVersion", { version: part.version })
      : t("dispositions.unchangedVersion", { version: part.version });
  return (
    <form className="card form-grid" onSubmit={(event) => void submit(event)} aria-labelledby="workbook-heading">
      <h2 id="workbook-heading">{t("dispositions.workbookTitle")}</h2>
      <p className="hint">{t("dispositions.workbookHint")}</p>
      <a className="button-secondary" href={workbookUrl(campaign)} download data-testid="workbook-export">
        {t("dispositions.workbookExport")}
      </a>
      <div className="field">
        <label htmlFor={fileId}>{t("dispositions.file")}</label>
        <input
          id={fileId}
          type="file"
          accept=".xlsx"
          data-testid="workbook-file"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <div className="field">
        <label htmlFor={noteId}>{t("dispositions.changeNote")}</label>
        <input id={noteId} type="text" maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="button-primary" data-testid="workbook-import" disabled={!file || action.isPending}>
          {t("dispositions.workbookImport")}
        </button>
      </div>
      <ErrorAlert error={action.error} />
      {result ? (
        <p className="alert alert-success" role="status">
          {t("dispositions.workbookImported", { dispositions: outcome(result.dispositions), benefits: outcome(result.benefits) })}
        </p>
      ) : null}
    </form>
  );
}
