import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { IMPORT_KINDS, type ImportKind, templateUrl } from "../api/imports-api";

interface ImportUploadFormProps {
  isBusy: boolean;
  onUpload: (kind: ImportKind, file: File) => void;
}

/** What is being imported and from which .xlsx/.csv file. */
export function ImportUploadForm({ isBusy, onUpload }: ImportUploadFormProps) {
  const { t } = useTranslation();
  const kindId = useId();
  const fileId = useId();
  const [kind, setKind] = useState<ImportKind>("customers");
  const [file, setFile] = useState<File | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file) onUpload(kind, file);
  }

  return (
    <form className="card form-grid" onSubmit={submit}>
      <h2>{t("imports.uploadTitle")}</h2>
      <div className="field">
        <label htmlFor={kindId}>{t("imports.kind")}</label>
        <select
          id={kindId}
          data-testid="import-kind"
          value={kind}
          onChange={(event) => setKind(IMPORT_KINDS.find((code) => code === event.target.value) ?? "customers")}
        >
          {IMPORT_KINDS.map((code) => (
            <option key={code} value={code}>
              {t(`importKinds.${code}`)}
            </option>
          ))}
        </select>
        <a className="hint" href={templateUrl(kind)} download>
          {t("imports.downloadTemplate")}
        </a>
      </div>
      <div className="field">
        <label htmlFor={fileId}>{t("imports.file")}</label>
        <input
          id={fileId}
          data-testid="import-file"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <button type="submit" data-testid="import-upload" className="button-primary" disabled={!file || isBusy}>
        {isBusy ? t("imports.uploading") : t("imports.upload")}
      </button>
    </form>
  );
}
