import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import type { Customer360 } from "../api/retention-api";

/** Step 1: who the customer is, whether they are VIP and why, and the flags that restrict what may be offered. */
export function CustomerSnapshot({ view, currency }: { view: Customer360; currency: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { customer, vip, explanation } = view;
  return (
    <section className="card" aria-labelledby="r360-name">
      <div className="customer-heading">
        <h1 id="r360-name" data-testid="r360-name">
          {customer.fullName}
        </h1>
        <span className={`badge tier-${customer.tier}`}>{labelOf(t, "tiers", customer.tier)}</span>
        {vip.isVip ? (
          <span className="badge badge-vip" data-testid="vip-badge" title={vip.reasons.join(" · ")}>
            {t("retention.vip")}
          </span>
        ) : null}
      </div>
      <dl className="details">
        <div>
          <dt>{t("customers.code")}</dt>
          <dd>{customer.code}</dd>
        </div>
        <div>
          <dt>{t("customers.documentId")}</dt>
          <dd>{customer.documentId}</dd>
        </div>
        <div>
          <dt>{t("customers.phone")}</dt>
          <dd>{customer.phone ?? t("common.none")}</dd>
        </div>
        <div>
          <dt>{t("customers.email")}</dt>
          <dd>{customer.email ?? t("common.none")}</dd>
        </div>
        <div>
          <dt>{t("customers.address")}</dt>
          <dd>{[customer.address, customer.city].filter(Boolean).join(", ") || t("common.none")}</dd>
        </div>
        <div>
          <dt>{vip.months > 0 ? t("retention.billingAverage", { months: vip.months }) : t("retention.billingAverageNone")}</dt>
          <dd>{vip.billingAverage === null ? t("common.none") : format.money(vip.billingAverage, currency)}</dd>
        </div>
      </dl>
      {vip.isVip ? <p className="hint">{t("retention.vipBecause", { reasons: vip.reasons.join("; ") })}</p> : null}
      {explanation.restrictions.length > 0 ? (
        <div className="alert alert-warning" role="alert" data-testid="restrictions">
          <p className="alert-title">{t("retention.restrictionsTitle")}</p>
          <ul>
            {explanation.restrictions.map((restriction) => (
              <li key={restriction.flag}>
                {restriction.label}
                {restriction.refuses.length > 0
                  ? ` — ${t("retention.restricts", { offers: restriction.refuses.join(", ") })}`
                  : ` — ${t("retention.restrictsNothing")}`}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="status-line">{t("retention.noRestrictions")}</p>
      )}
    </section>
  );
}
