import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import type { Customer360 } from "../api/retention-api";

/** Products with their technology and status, and the claims of the last days: the repeated damage marked, with the claims that make it. */
export function ProductsAndClaims({ view, currency }: { view: Customer360; currency: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const damaged = new Set(view.repeatedDamage.map((d) => d.productId));
  const damageClaims = new Set(view.repeatedDamage.flatMap((d) => d.claimIds));
  const serviceOf = new Map(view.products.map((p) => [p.id, p.serviceNumber]));
  return (
    <section className="card" aria-labelledby="r360-products">
      <h2 id="r360-products">{t("retention.productsTitle")}</h2>
      <div className="table-scroll">
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">{t("products.serviceNumber")}</th>
              <th scope="col">{t("products.kind")}</th>
              <th scope="col">{t("products.technology")}</th>
              <th scope="col">{t("products.status")}</th>
              <th scope="col">{t("products.monthlyFee")}</th>
            </tr>
          </thead>
          <tbody>
            {view.products.map((product) => (
              <tr key={product.id} className={damaged.has(product.id) ? "row-danger" : undefined}>
                <td>
                  {product.serviceNumber}{" "}
                  {damaged.has(product.id) ? (
                    <span className="badge badge-danger" data-testid="rd-badge">
                      {t("retention.repeatedDamage")}
                    </span>
                  ) : null}
                </td>
                <td>{labelOf(t, "productKinds", product.kind)}</td>
                <td>{labelOf(t, "technologies", product.technology)}</td>
                <td>
                  <span className={`badge status-${product.status}`}>{labelOf(t, "productStatuses", product.status)}</span>
                  {product.withdrawnForNonPayment ? (
                    <span className="badge badge-danger">{t("retention.withdrawnForNonPayment")}</span>
                  ) : null}
                </td>
                <td className="numeric">
                  {product.monthlyFee === null ? t("common.none") : format.money(product.monthlyFee, currency)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t("retention.claimsTitle", { days: view.claimHistoryDays })}</h3>
      {view.claims.length === 0 ? (
        <p className="empty">{t("retention.noClaims")}</p>
      ) : (
        <div className="table-scroll">
          <table className="compact" data-testid="r360-claims">
            <thead>
              <tr>
                <th scope="col">{t("claims.code")}</th>
                <th scope="col">{t("claims.service")}</th>
                <th scope="col">{t("claims.category")}</th>
                <th scope="col">{t("claims.openedAt")}</th>
                <th scope="col">{t("claims.state")}</th>
              </tr>
            </thead>
            <tbody>
              {view.claims.map((claim) => (
                <tr
                  key={claim.id}
                  className={damageClaims.has(claim.id) ? "row-danger" : undefined}
                  data-repeated={damageClaims.has(claim.id)}
                >
                  <td>
                    {claim.code}{" "}
                    {damageClaims.has(claim.id) ? <span className="badge badge-danger">{t("retention.makesDamage")}</span> : null}
                  </td>
                  <td>{serviceOf.get(claim.productId) ?? t("common.none")}</td>
                  <td>{claim.category}</td>
                  <td>{format.dateTime(claim.openedAt)}</td>
                  <td>
                    {claim.resolvedAt ? (
                      t("claims.resolvedOn", { date: format.dateTime(claim.resolvedAt) })
                    ) : (
                      <span className="badge badge-warning">{t("claims.open")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t("retention.billingTitle")}</h3>
      {view.billing.length === 0 ? <p className="empty">{t("retention.noBilling")}</p> : null}
      <ul className="inline-list">
        {view.billing.map((bill) => (
          <li key={bill.period}>
            {format.month(bill.period)}: {format.money(bill.amount, currency)}
          </li>
        ))}
      </ul>
    </section>
  );
}
