import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { KpiCard, TrendChart } from "../../../ui/charts";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import type { IndicatorDefinitionView } from "../api/indicators-api";
import { formatIndicatorValue, type Grain, type IndicatorScope, periodLabel, targetValue } from "./indicator-format";

/**
 * One indicator on the manager's month: its latest value against its target, the last 12 months as a chart
 * and a link to its breakdown and drill-down. A month with no data says so, never 0 %.
 */
export function IndicatorTile({
  definition,
  scope,
  grain = "month",
  link = true,
}: {
  definition: IndicatorDefinitionView;
  /** Only this value of a dimension (a campaign's screen); the dashboard shows the total. */
  scope?: IndicatorScope;
  grain?: Grain;
  /** The link to the engine's breakdown page (the dashboard); a module's screen drills down in place. */
  link?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const report = useApiQuery("/api/indicators/{code}", {
    path: { code: definition.code },
    query: { grain, periods: 12, ...(scope ? { by: scope.by, key: scope.key } : {}) },
  });
  const cells = report.data?.series[0]?.cells ?? [];
  const latest = cells.at(-1);
  const previous = cells.at(-2);
  const show = (value: number) => formatIndicatorValue(format, definition.unit, value);
  const name = t(`indicators.${definition.code}.name`);
  const threshold = targetValue(definition.target);
  const lowerIsBetter = definition.better === "lower";
  const testId = `indicator-${definition.code.replace(".", "-")}`;
  return (
    <article className="card stack" aria-label={name} data-testid={testId}>
      <h2>{name}</h2>
      <p className="muted">{t(`indicators.${definition.code}.formula`)}</p>
      <ErrorAlert error={report.error} />
      {report.data ? (
        <>
          <KpiCard
            label={latest ? periodLabel(format, latest.period, grain) : t("indicatorsDashboard.noPeriod")}
            value={latest?.value ?? null}
            format={show}
            target={threshold}
            previous={previous?.value ?? null}
            lowerIsBetter={lowerIsBetter}
            isMet={latest?.verdict ? latest.verdict === "met" : null}
            testId={`${testId}-kpi`}
          />
          {latest?.value === null || !latest ? <p className="muted">{t("indicatorsDashboard.noData")}</p> : null}
          <p className="muted">
            {t(`indicatorsDashboard.targets.${definition.target.kind}`, { target: threshold === null ? "" : show(threshold) })}
          </p>
          <TrendChart
            title={t("indicatorsDashboard.trendOf", { name })}
            points={cells.map((cell) => ({ label: periodLabel(format, cell.period, grain), value: cell.value }))}
            format={show}
            target={threshold}
            targetLabel={t("indicatorsDashboard.target")}
            kind={definition.unit === "count" ? "bar" : "line"}
            lowerIsBetter={lowerIsBetter}
            height={180}
          />
        </>
      ) : null}
      {link ? (
        <Link to={`/indicadores/${encodeURIComponent(definition.code)}`} data-testid={`${testId}-open`}>
          {t("indicatorsDashboard.open", { name })}
        </Link>
      ) : null}
    </article>
  );
}
