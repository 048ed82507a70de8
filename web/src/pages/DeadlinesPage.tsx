import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { DEADLINE_STATUSES, type DeadlineStatus } from "../features/deadlines/api/deadlines-api";
import { DeadlinesTable } from "../features/deadlines/components/DeadlinesTable";
import { useDeadlines } from "../features/deadlines/hooks/use-deadlines";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

export function DeadlinesPage() {
  const { t } = useTranslation();
  usePageTitle(t("deadlines.title"));
  const filterId = useId();
  const [status, setStatus] = useState<DeadlineStatus | null>(null);
  const { deadlines, error, isLoading } = useDeadlines(status);

  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("deadlines.title")}</h1>
      <div className="field inline-field">
        <label htmlFor={filterId}>{t("deadlines.statusFilter")}</label>
        <select
          id={filterId}
          value={status ?? ""}
          onChange={(event) => setStatus(DEADLINE_STATUSES.find((code) => code === event.target.value) ?? null)}
        >
          <option value="">{t("deadlines.allStatuses")}</option>
          {DEADLINE_STATUSES.map((code) => (
            <option key={code} value={code}>
              {t(`deadlineStatuses.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <ErrorAlert error={error} />
      {isLoading && !deadlines ? <Loading /> : null}
      {deadlines ? <DeadlinesTable deadlines={deadlines} /> : null}
    </section>
  );
}
