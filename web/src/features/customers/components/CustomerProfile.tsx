import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import type { CustomerDetail } from "../api/customers-api";

/** Who the customer is and how to reach them. */
export function CustomerProfile({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rows: Array<[string, string | null]> = [
    [t("customers.code"), customer.code],
    [t("customers.documentId"), customer.documentId],
    [t("customers.phone"), customer.phone],
    [t("customers.email"), customer.email],
    [t("customers.address"), customer.address],
    [t("customers.city"), customer.city],
    [t("customers.createdAt"), format.dateTime(customer.createdAt)],
    [t("customers.updatedAt"), format.dateTime(customer.updatedAt)],
  ];
  return (
    <section className="card" aria-labelledby="customer-name">
      <div className="customer-heading">
        <h1 id="customer-name" data-testid="customer-name">
          {customer.fullName}
        </h1>
        <span className={`badge tier-${customer.tier}`}>{labelOf(t, "tiers", customer.tier)}</span>
      </div>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || t("common.none")}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
