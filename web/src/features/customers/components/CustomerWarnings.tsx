import { useTranslation } from "react-i18next";
import type { CustomerDetail } from "../api/customers-api";

/** Delinquency, credit-bureau flag and products withdrawn for non-payment: what an advisor must see first. */
export function CustomerWarnings({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const withdrawn = customer.products.filter((product) => product.withdrawnForNonPayment);
  const warnings = [
    customer.isDelinquent ? t("customers.warnings.delinquent") : null,
    customer.hasCreditBureauFlag ? t("customers.warnings.creditBureau") : null,
    withdrawn.length > 0
      ? t("customers.warnings.withdrawnForNonPayment", {
          services: withdrawn.map((product) => product.serviceNumber).join(", "),
        })
      : null,
  ].filter((warning): warning is string => warning !== null);
  if (warnings.length === 0) return null;
  return (
    <div className="alert alert-warning" role="alert">
      <p className="alert-title">{t("customers.warnings.title")}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}
