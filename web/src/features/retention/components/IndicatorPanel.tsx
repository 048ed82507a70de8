import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { KpiCard, TrendChart } from "../../../ui/charts";
import { TableScroll } from "../../../ui/TableScroll";
import type { EvaluationView, Indicator } from "../api/retention-api";

type Row = Indicator["overall"] & { label: string };

/** The seed's indicator: cancellations this month against last month (met when fewer), with the retention rate. */
export function IndicatorPanel({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const format = useFormatters();
  // The server sends the rate on 0–100 (73.2); the formatter reads ratios.
  const rate = (value: number | null) => (value === null ? t("common.none") : format.percent(value / 100));
  const table = (caption: string, rows: Row[], testId: string) => (
    <TableScroll>
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
              <td className="numeric">{format.number(row.thisMonth)}</td>
              <td className="numeric">{format.number(row.lastMonth)}</td>
              <td className={row.isMet ? "indicator-met" : "indicator-missed"}>{row.isMet ? t("common.yes") : t("common.no")}</td>
              <td className="numeric">{format.number(row.retainedThisMonth)}</td>
              <td className="numeric">{rate(row.retentionRateThisMonth)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
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
      <div className="indicator-grid">
        <KpiCard
          label={t("retention.indicator.cancelledThis", { month: format.month(indicator.month) })}
          value={overall.thisMonth}
          format={(value) => format.number(value)}
          target={overall.lastMonth}
          previous={overall.lastMonth}
          lowerIsBetter
          isMet={overall.isMet}
          testId="kpi-cancellations"
        />
        <KpiCard
          label={t("retention.indicator.rate")}
          value={overall.retentionRateThisMonth === null ? null : overall.retentionRateThisMonth / 100}
          format={(value) => format.percent(value)}
          previous={overall.retentionRateLastMonth === null ? null : overall.retentionRateLastMonth / 100}
          testId="kpi-retention-rate"
        />
      </div>
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

/**
 * The indicator month by month: cancellations per month against their target (fewer than the month
 * before), and the retention rate, from the evaluation's results.
 */
export function IndicatorTrend({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const months = new Map<string, { cancelled: number; retained: number }>();
  for (const row of view.results) {
    const month = months.get(row.month) ?? { cancelled: 0, retained: 0 };
    month.cancelled += row.cancelled;
    month.retained += row.retained;
    months.set(row.month, month);
  }
  const ordered = [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const cancellations = ordered.map(([month, counts], index) => ({
    label: format.month(month),
    value: counts.cancelled,
    target: index > 0 ? ordered[index - 1]![1].cancelled : null,
  }));
  const rates = ordered.map(([month, counts]) => ({
    label: format.month(month),
    value: counts.retained + counts.cancelled === 0 ? null : counts.retained / (counts.retained + counts.cancelled),
  }));
  return (
    <section className="card stack" aria-labelledby="indicator-trend-heading">
      <h2 id="indicator-trend-heading">{t("retention.indicator.trendTitle")}</h2>
      <div className="chart-grid">
        <TrendChart
          title={t("retention.indicator.cancellations")}
          points={cancellations}
          format={(value) => format.number(value)}
          kind="bar"
          lowerIsBetter
          targetLabel={t("retention.indicator.targetLastMonth")}
          testId="chart-cancellations"
        />
        <TrendChart
          title={t("retention.indicator.rate")}
          points={rates}
          format={(value) => format.percent(value, 0)}
          testId="chart-retention-rate"
        />
      </div>
    </section>
  );
}
