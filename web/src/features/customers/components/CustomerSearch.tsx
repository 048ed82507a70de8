import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import { MIN_QUERY_LENGTH } from "../api/customers-api";
import { useCustomerSearch } from "../hooks/use-customers";
import { CustomerResults } from "./CustomerResults";

/** The search box (kept in the URL as ?q= so Back returns to the same results) and its results. */
export function CustomerSearch({ label, resultPath }: { label?: string; resultPath?: (id: string) => string } = {}) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const search = useCustomerSearch(query);

  return (
    <search className="customer-search">
      <div className="field">
        <label htmlFor={inputId}>{label ?? t("customers.searchLabel")}</label>
        <input
          id={inputId}
          data-testid="customer-search"
          type="search"
          autoComplete="off"
          aria-describedby={hintId}
          value={query}
          onChange={(event) => setParams(event.target.value ? { q: event.target.value } : {}, { replace: true })}
        />
        <span id={hintId} className="hint">
          {t("customers.searchHint", { count: MIN_QUERY_LENGTH })}
        </span>
      </div>
      <ErrorAlert error={search.error} />
      {search.isLoading ? <Loading /> : null}
      {search.isSearching && search.data ? <CustomerResults customers={search.data} resultPath={resultPath} /> : null}
    </search>
  );
}
