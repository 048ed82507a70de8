import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import type { ImportDetail } from "../api/imports-api";
import { errorsXlsxUrl } from "../api/imports-api";
import { ImportErrorsTable } from "./ImportErrorsTable";
import { ImportPreviewTable } from "./ImportPreviewTable";

interface ImportReviewProps {
  detail: ImportDetail;
  canCommit: boolean;
  canDiscard: boolean;
  isPending: boolean;
  onCommit: () => void;
  onDiscard: () => void;
  onLoadMoreErrors: () => void;
}

const SUMMARY_KEYS = ["inserted", "updated", "unchanged"] as const;

/** One import's state, counts, errors and preview, with the buttons to confirm or discard it. */
export function ImportReview({
  detail,
  canCommit,
  canDiscard,
  isPending,
  onCommit,
  onDiscard,
  onLoadMoreErrors,
}: ImportReviewProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const isCommittable = canCommit && detail.status === "staged" && detail.errorCount === 0;
  const isDiscardable = canDiscard && (detail.status === "staged" || detail.status === "rejected");
  const summary = SUMMARY_KEYS.filter((key) => typeof detail.summary[key] === "number");

  return (
    <section className="card" aria-labelledby="import-review-heading">
      <h2 id="import-review-heading">{detail.fileName}</h2>
      <p data-testid="import-status" data-status={detail.status} className={`status-line import-${detail.status}`} role="status">
        {labelOf(t, "importStatuses", detail.status)}
        {" · "}
        {labelOf(t, "importKinds", detail.kind)}
        {" · "}
        {t("imports.totals", { count: detail.totalRows, errors: detail.errorCount })}
      </p>
      {summary.length > 0 ? (
        <ul className="inline-list">
          {summary.map((key) => (
            <li key={key}>{t(`imports.summary.${key}`, { count: Number(detail.summary[key]) })}</li>
          ))}
        </ul>
      ) : null}
      {detail.committedAt ? <p>{t("imports.committedAt", { date: format.dateTime(detail.committedAt) })}</p> : null}
      {isCommittable || isDiscardable ? (
        <div className="button-row">
          {isCommittable ? (
            <button type="button" data-testid="import-commit" className="button-primary" disabled={isPending} onClick={onCommit}>
              {t("imports.commit")}
            </button>
          ) : null}
          {isDiscardable ? (
            <button type="button" className="button-secondary" disabled={isPending} onClick={onDiscard}>
              {t("imports.discard")}
            </button>
          ) : null}
        </div>
      ) : null}
      {detail.errorCount > 0 ? (
        <p>
          <a className="button-secondary" href={errorsXlsxUrl(detail.id)} download data-testid="import-errors-xlsx">
            {t("imports.downloadErrors")}
          </a>
        </p>
      ) : null}
      {detail.errors.length > 0 ? <ImportErrorsTable errors={detail.errors} /> : null}
      {detail.errors.length < detail.errorCount ? (
        <button type="button" className="button-secondary" disabled={isPending} onClick={onLoadMoreErrors}>
          {t("imports.moreErrors", { shown: detail.errors.length, total: detail.errorCount })}
        </button>
      ) : null}
      <ImportPreviewTable preview={detail.preview} />
    </section>
  );
}
