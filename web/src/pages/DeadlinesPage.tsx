import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { DEADLINE_STATUSES, type DeadlineSort, type DeadlineStatus } from "../features/deadlines/api/deadlines-api";
import { DeadlinesTable } from "../features/deadlines/components/DeadlinesTable";
import { useDeadlines } from "../features/deadlines/hooks/use-deadlines";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";
import { useTableState } from "../ui/use-table-state";

export function DeadlinesPage() {
  const { t } = useTranslation();
  usePageTitle(t("deadlines.title"));
  const filterId = useId();
  const [status, setStatus] = useState<DeadlineStatus | null>(null);
  const table = useTableState<DeadlineSort>();
  const { deadlines, total, error, isLoading } = useDeadlines(status, table.query);

  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("deadlines.title")}</h1>
      <ErrorAlert error={error} />
      {isLoading && !deadlines ? <Loading /> : null}
      {deadlines ? (
        <DeadlinesTable
          deadlines={deadlines}
          total={total}
          state={table}
          isLoading={isLoading}
          toolbar={
            <div className="field inline-field">
              <label htmlFor={filterId}>{t("deadlines.statusFilter")}</label>
              <select
                id={filterId}
                value={status ?? ""}
                onChange={(event) => {
                  setStatus(DEADLINE_STATUSES.find((code) => code === event.target.value) ?? null);
                  table.firstPage();
                }}
              >
                <option value="">{t("deadlines.allStatuses")}</option>
                {DEADLINE_STATUSES.map((code) => (
                  <option key={code} value={code}>
                    {t(`deadlineStatuses.${code}`)}
                  </option>
                ))}
              </select>
            </div>
          }
        />
      ) : null}
    </section>
  );
}
