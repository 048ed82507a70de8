import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useServerEvent } from "../../../api/server-events";
import { useApiQuery } from "../../../api/use-api-query";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useDebouncedValue } from "../../../ui/use-debounced-value";
import { useTableState } from "../../../ui/use-table-state";
import type { PqrSort } from "../api/pqr-api";
import { PqrTable } from "./PqrTable";

/** The PQR area's worklist: silence first, then due soonest (or the column sorted); filter at-risk, search, paged by the server. */
export function PqrWorklist() {
  const { t } = useTranslation();
  const table = useTableState<PqrSort>({ pageSize: 25 });
  const [atRisk, setAtRisk] = useState(false);
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const { firstPage } = table;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts at the first page.
  useEffect(() => firstPage(), [q, atRisk, firstPage]);
  const list = useApiQuery("/api/pqrs", { query: { ...table.query, atRisk: atRisk || undefined, q: q || undefined } });
  // A clock became at risk or ran out: the order and the flags change.
  useServerEvent("pqr.at_risk", list.reload);
  useServerEvent("pqr.silence", list.reload);
  return (
    <div className="stack">
      <ErrorAlert error={list.error} />
      <PqrTable
        label={t("pqr.worklistTitle")}
        rows={list.data?.items}
        total={list.data?.total ?? 0}
        state={table}
        isLoading={list.isLoading}
        emptyText={t("pqr.none")}
        toolbar={
          <>
            <label className="inline-field">
              <span>{t("pqr.search")}</span>
              <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={atRisk} onChange={(event) => setAtRisk(event.target.checked)} />
              {t("pqr.atRiskOnly")}
            </label>
          </>
        }
      />
    </div>
  );
}
