import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useDebouncedValue } from "../../../ui/use-debounced-value";
import { useTableState } from "../../../ui/use-table-state";
import { assignCases, type CaseSort, distributeCases } from "../api/cases-api";
import { CasesTable } from "./CasesTable";

/** The campaign's pool: pick cases for one advisor, or deal them round-robin to several. */
export function PoolAssignment({ campaign, version }: { campaign: string; version: number }) {
  const { t } = useTranslation();
  const advisorId = useId();
  const limitId = useId();
  const searchId = useId();
  const table = useTableState<CaseSort>({ pageSize: 10 });
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const { firstPage } = table;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new search starts at the first page.
  useEffect(() => firstPage(), [q, firstPage]);
  const pool = useApiQuery("/api/complaint-cases", {
    query: { campaign, pool: true, status: "active", ...table.query, ...(q ? { q } : {}) },
  });
  const reloadPool = pool.reload;
  // A new queue loaded on the page (version bumps) refreshes the pool.
  useEffect(() => {
    if (version > 0) reloadPool();
  }, [version, reloadPool]);
  const advisors = useApiQuery("/api/complaint-advisors");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [advisor, setAdvisor] = useState("");
  const [dealTo, setDealTo] = useState<Set<string>>(new Set());
  const [limit, setLimit] = useState(100);
  const [message, setMessage] = useState<string | null>(null);
  const toggle = (set: ReadonlySet<string>, id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };
  const assign = useAsyncAction(async () => {
    const result = await assignCases([...selected], advisor);
    setMessage(t("dispositions.assignedCount", { count: result.assigned }));
    setSelected(new Set());
    pool.reload();
    return result;
  });
  const deal = useAsyncAction(async () => {
    const result = await distributeCases(campaign, [...dealTo], limit);
    setMessage(t("dispositions.dealtCount", { count: result.assigned.reduce((sum, a) => sum + a.cases, 0) }));
    pool.reload();
    return result;
  });

  return (
    <section className="card stack" aria-labelledby="pool-heading">
      <h2 id="pool-heading">{t("dispositions.poolTitle", { count: pool.data?.total ?? 0 })}</h2>
      <ErrorAlert error={pool.error ?? advisors.error ?? assign.error ?? deal.error} />
      {message ? (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      ) : null}
      <CasesTable
        label={t("dispositions.poolTable")}
        testId="pool-table"
        cases={pool.data?.cases}
        total={pool.data?.total ?? 0}
        state={table}
        isLoading={pool.isLoading}
        selected={selected}
        onSelect={setSelected}
        toolbar={
          <div className="field inline-field">
            <label htmlFor={searchId}>{t("dispositions.searchCases")}</label>
            <input id={searchId} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </div>
        }
        bulkActions={
          <>
            <div className="field inline-field">
              <label htmlFor={advisorId}>{t("dispositions.assignTo")}</label>
              <select
                id={advisorId}
                data-testid="assign-advisor"
                value={advisor}
                onChange={(event) => setAdvisor(event.target.value)}
              >
                <option value="">{t("dispositions.choose")}</option>
                {(advisors.data ?? []).map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.fullName}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button-primary"
              data-testid="assign-selected"
              disabled={!advisor || selected.size === 0 || assign.isPending}
              onClick={() => void assign.run()}
            >
              {t("dispositions.assignSelected", { count: selected.size })}
            </button>
          </>
        }
      />
      <fieldset className="checkbox-group">
        <legend>{t("dispositions.roundRobinTitle")}</legend>
        {(advisors.data ?? []).map((a) => (
          <label key={a.id} className="checkbox">
            <input type="checkbox" checked={dealTo.has(a.id)} onChange={() => setDealTo((s) => toggle(s, a.id))} />
            {a.fullName}
          </label>
        ))}
        <div className="field inline-field">
          <label htmlFor={limitId}>{t("dispositions.roundRobinLimit")}</label>
          <input
            id={limitId}
            type="number"
            min={1}
            max={10000}
            value={limit}
            onChange={(event) => setLimit(Number(event.target.value))}
          />
        </div>
        <button
          type="button"
          className="button-secondary"
          disabled={dealTo.size === 0 || deal.isPending}
          onClick={() => void deal.run()}
        >
          {t("dispositions.roundRobin")}
        </button>
      </fieldset>
    </section>
  );
}
