import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useServerEvent } from "../../../api/server-events";
import { useApiQuery } from "../../../api/use-api-query";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import { useDebouncedValue } from "../../../ui/use-debounced-value";
import { PqrTable } from "./PqrTable";

const PAGE_SIZE = 25;

/** The PQR area's worklist: silence first, then due soonest; filter at-risk, search, paged. */
export function PqrWorklist() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [atRisk, setAtRisk] = useState(false);
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const list = useApiQuery("/api/pqrs", { query: { page, pageSize: PAGE_SIZE, atRisk: atRisk || undefined, q: q || undefined } });
  // A clock became at risk or ran out: the order and the flags change.
  useServerEvent("pqr.at_risk", list.reload);
  useServerEvent("pqr.silence", list.reload);
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));
  return (
    <div className="stack">
      <div className="button-row">
        <label className="inline-field">
          <span>{t("pqr.search")}</span>
          <input
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setPage(1);
            }}
          />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={atRisk}
            onChange={(event) => {
              setAtRisk(event.target.checked);
              setPage(1);
            }}
          />
          {t("pqr.atRiskOnly")}
        </label>
      </div>
      <ErrorAlert error={list.error} />
      {list.isLoading && !list.data ? <Loading /> : null}
      {list.data && list.data.items.length === 0 ? <p className="empty">{t("pqr.none")}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <PqrTable items={list.data.items} />
          <div className="button-row">
            <button type="button" className="button-secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t("pqr.previous")}
            </button>
            <span className="muted">{t("pqr.pageOf", { page, pages, total: list.data.total })}</span>
            <button type="button" className="button-secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t("pqr.next")}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
