import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useServerEvent } from "../api/server-events";
import { useApiQuery } from "../api/use-api-query";
import type { FollowUpScope } from "../features/followups/api/followups-api";
import { Worklist } from "../features/followups/components/Worklist";
import "../features/retention/retention.css";
import { useFormatters } from "../i18n/format";
import { Pager } from "../ui/DataTable";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";
import { pageRows, useTableState } from "../ui/use-table-state";

const SCOPES: FollowUpScope[] = ["due", "upcoming", "done"];

/** The follow-ups of the user's team: quality control (2 days), repeated-damage check (30 days), promotions ending. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  usePageTitle(t("followUps.title"));
  const [scope, setScope] = useState<FollowUpScope>("due");
  const table = useTableState();
  const items = useApiQuery("/api/follow-ups", { query: { scope, page: table.page, pageSize: table.pageSize } });
  const { rows, total } = pageRows(items.data);
  const pageCount = Math.max(1, Math.ceil(total / table.pageSize));
  // A follow-up's due timer fired: it has just joined some team's worklist, maybe this one.
  useServerEvent("follow_up.due", items.reload);
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("followUps.title")}</h1>
      <fieldset className="button-row">
        <legend className="visually-hidden">{t("followUps.scopes")}</legend>
        {SCOPES.map((code) => (
          <button
            key={code}
            type="button"
            className={code === scope ? "button-primary" : "button-secondary"}
            aria-pressed={code === scope}
            data-testid={`scope-${code}`}
            onClick={() => {
              setScope(code);
              table.firstPage();
            }}
          >
            {t(`followUps.scope.${code}`)}
          </button>
        ))}
      </fieldset>
      <ErrorAlert error={items.error} />
      {items.isLoading && !items.data ? <Loading /> : null}
      {rows ? <Worklist items={rows} scope={scope} onDone={items.reload} /> : null}
      {rows && total > 0 ? (
        <Pager
          page={table.page}
          pageCount={pageCount}
          onPage={table.setPage}
          pageSize={table.pageSize}
          onPageSize={table.setPageSize}
          pageSizes={[10, 25, 50]}
          summary={t("table.range", {
            first: format.number((table.page - 1) * table.pageSize + 1),
            last: format.number(Math.min(total, table.page * table.pageSize)),
            total: format.number(total),
          })}
        />
      ) : null}
    </section>
  );
}
