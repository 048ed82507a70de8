import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import { useCustomerSearch } from "../../customers/hooks/use-customers";

/** Finds the customer on the line (code, document, phone, service number or name) and opens their 360. */
export function RetentionSearch() {
  const { t } = useTranslation();
  const inputId = useId();
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const search = useCustomerSearch(query);
  return (
    <search className="customer-search">
      <div className="field">
        <label htmlFor={inputId}>{t("retention.searchLabel")}</label>
        <input
          id={inputId}
          type="search"
          autoComplete="off"
          data-testid="retention-search"
          value={query}
          onChange={(event) => setParams(event.target.value ? { q: event.target.value } : {}, { replace: true })}
        />
      </div>
      <ErrorAlert error={search.error} />
      {search.isLoading ? <Loading /> : null}
      {search.isSearching && search.data ? (
        <ul className="result-list">
          {search.data.map((customer) => (
            <li key={customer.id}>
              <Link className="result-link" to={`/retencion/${customer.id}`} data-testid="retention-result">
                <span className="result-name">{customer.fullName}</span>
                <span className="result-meta">
                  {customer.code} · {customer.documentId} · {customer.phone ?? t("common.none")}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </search>
  );
}
