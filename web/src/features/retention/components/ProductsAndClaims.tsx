import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { ClaimsTable } from "../../customers/components/ClaimsTable";
import { ProductsTable } from "../../customers/components/ProductsTable";
import type { Customer360 } from "../api/retention-api";

/** Products and the claims of the last days, the repeated damage marked with the claims that make it, and billing. */
export function ProductsAndClaims({ view, currency }: { view: Customer360; currency: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const damagedProducts = new Set(view.repeatedDamage.map((d) => d.productId));
  const damageClaims = new Set(view.repeatedDamage.flatMap((d) => d.claimIds));
  return (
    <>
      <ProductsTable
        products={view.products}
        currency={currency}
        marks={{ ids: damagedProducts, label: t("retention.repeatedDamage") }}
      />
      <ClaimsTable
        claims={view.claims}
        products={view.products}
        title={t("retention.claimsTitle", { days: view.claimHistoryDays })}
        marks={{ ids: damageClaims, label: t("retention.makesDamage") }}
      />
      <section className="card" aria-labelledby="r360-billing">
        <h2 id="r360-billing">{t("retention.billingTitle")}</h2>
        {view.billing.length === 0 ? <p className="empty">{t("retention.noBilling")}</p> : null}
        <ul className="inline-list">
          {view.billing.map((bill) => (
            <li key={bill.period}>
              {format.month(bill.period)}: {format.money(bill.amount, currency)}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
