import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import type { BillingMonth } from "../api/customers-api";

interface BillingPanelProps {
  billing: BillingMonth[];
  average: number | null;
  currency: string | null;
}

/** The last billed months and their average. */
export function BillingPanel({ billing, average, currency }: BillingPanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section className="card" aria-labelledby="billing-heading">
      <h2 id="billing-heading">{t("billing.title")}</h2>
      {billing.length === 0 ? (
        <p className="empty">{t("billing.empty")}</p>
      ) : (
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">{t("billing.period")}</th>
              <th scope="col" className="numeric">
                {t("billing.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {billing.map((month) => (
              <tr key={month.period}>
                <td>{format.month(month.period)}</td>
                <td className="numeric">{format.money(month.amount, currency)}</td>
              </tr>
            ))}
          </tbody>
          {average === null ? null : (
            <tfoot>
              <tr>
                <th scope="row">{t("billing.average")}</th>
                <td className="numeric">{format.money(average, currency)}</td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
    </section>
  );
}
