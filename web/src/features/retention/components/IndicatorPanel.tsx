import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import type { Indicator } from "../api/retention-api";

type Row = Indicator["overall"] & { label: string };

/** The seed's indicator: cancellations this month against last month (met when fewer), with the retention rate. */
export function IndicatorPanel({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rate = (value: number | null) => (value === null ? t("common.none") : `${format.number(value)} %`);
  const table = (caption: string, rows: Row[], testId: string) => (
    <div className="table-scroll">
      <table className="compact" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("retention.indicator.group")}</th>
            <th scope="col">{t("retention.indicator.cancelledThis", { month: format.month(indicator.month) })}</th>
            <th scope="col">{t("retention.indicator.cancelledLast", { month: format.month(indicator.lastMonth) })}</th>
            <th scope="col">{t("retention.indicator.met")}</th>
            <th scope="col">{t("retention.indicator.retained")}</th>
            <th scope="col">{t("retention.indicator.rate")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{row.thisMonth}</td>
              <td className="numeric">{row.lastMonth}</td>
              <td className={row.isMet ? "indicator-met" : "indicator-missed"}>{row.isMet ? t("common.yes") : t("common.no")}</td>
              <td className="numeric">{row.retainedThisMonth}</td>
              <td className="numeric">{rate(row.retentionRateThisMonth)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const { overall } = indicator;
  return (
    <section className="card stack" aria-labelledby="indicator-heading">
      <h2 id="indicator-heading">{t("retention.indicator.title")}</h2>
      <p className="muted">{t("retention.indicator.formula", { formula: indicator.formula })}</p>
      <p className={overall.isMet ? "indicator-met" : "indicator-missed"} data-testid="indicator-verdict">
        {overall.isMet
          ? t("retention.indicator.verdictMet", { thisMonth: overall.thisMonth, lastMonth: overall.lastMonth })
          : t("retention.indicator.verdictMissed", { thisMonth: overall.thisMonth, lastMonth: overall.lastMonth })}
      </p>
      {table(t("retention.indicator.overall"), [{ ...overall, label: t("retention.indicator.all") }], "indicator-overall")}
      {table(
        t("retention.indicator.byTeam"),
        indicator.byTeam.map((row) => ({ ...row, label: row.team })),
        "indicator-teams",
      )}
      {table(
        t("retention.indicator.byProduct"),
        indicator.byProduct.map((row) => ({ ...row, label: labelOf(t, "productKinds", row.productKind) })),
        "indicator-products",
      )}
    </section>
  );
}
