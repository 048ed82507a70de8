import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { labelOf } from "../../../i18n/labels";
import type { CustomerSummary } from "../api/customers-api";

/** Search results; each opens the customer page (or the page `resultPath` names, e.g. the retention 360). */
export function CustomerResults({
  customers,
  resultPath = (id) => `/clientes/${id}`,
}: {
  customers: CustomerSummary[];
  resultPath?: (id: string) => string;
}) {
  const { t } = useTranslation();
  if (customers.length === 0) {
    return (
      <p className="empty" role="status">
        {t("customers.noResults")}
      </p>
    );
  }
  return (
    <>
      <p className="visually-hidden" role="status">
        {t("customers.resultCount", { count: customers.length })}
      </p>
      <ul className="result-list">
        {customers.map((customer) => (
          <li key={customer.id}>
            <Link to={resultPath(customer.id)} data-testid="customer-result" className="result-link">
              <span className="result-name">{customer.fullName}</span>
              <span className="result-meta">
                {[customer.code, customer.documentId, customer.phone, customer.city].filter(Boolean).join(" · ")}
              </span>
              <span className={`badge tier-${customer.tier}`}>{labelOf(t, "tiers", customer.tier)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
