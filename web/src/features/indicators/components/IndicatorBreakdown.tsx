import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { TableScroll } from "../../../ui/TableScroll";
import type { IndicatorDefinitionView } from "../api/indicators-api";
import { dimensionValueLabel, formatIndicatorValue, type Grain, type IndicatorScope, periodLabel } from "./indicator-format";
import { indicatorText } from "./indicator-labels";

export interface ChosenValue {
  period: string;
  key: string | null;
}

/**
 * The indicator month by month, in total or per value of one dimension (team, advisor, cut…): the breakdown
 * that explains it. Each cell opens the records behind it.
 */
export function IndicatorBreakdown({
  definition,
  by,
  onChoose,
  grain = "month",
  scope,
  keyPrefix,
  title,
}: {
  definition: IndicatorDefinitionView;
  by: string;
  onChoose: (chosen: ChosenValue) => void;
  grain?: Grain;
  /** With `by` "total": only this value of a dimension (the campaign's screen's total is its campaign). */
  scope?: IndicatorScope;
  /** Only the values whose key starts so («campaign/» of `campaign_advisor`: the advisors of one campaign). */
  keyPrefix?: string;
  title?: string;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const report = useApiQuery("/api/indicators/{code}", {
    path: { code: definition.code },
    query: { grain, periods: 12, ...(by === "total" ? (scope ? { by: scope.by, key: scope.key } : {}) : { by }) },
  });
  const periods = report.data?.periods ?? [];
  const series = (report.data?.series ?? []).filter((s) => !keyPrefix || s.key.startsWith(keyPrefix));
  const heading = title ?? t("indicatorsDashboard.breakdown", { by: t(`indicatorDimensions.${by}`) });
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ErrorAlert error={report.error} />
      <TableScroll>
        <table className="compact" data-testid="indicator-breakdown">
          <caption className="visually-hidden">{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`indicatorDimensions.${by}`)}</th>
              {periods.map((period) => (
                <th scope="col" key={period} className="numeric">
                  {periodLabel(format, period, grain)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((series) => (
              <tr key={series.key}>
                <th scope="row">
                  {dimensionValueLabel(t, by, series.label ?? indicatorText(definition, i18n.language, by, series.key))}
                </th>
                {series.cells.map((cell) => (
                  <td
                    key={cell.period}
                    className={`numeric ${cell.verdict === "missed" ? "indicator-missed" : cell.verdict === "met" ? "indicator-met" : ""}`}
                  >
                    {cell.value === null ? (
                      <span className="muted">{t("indicatorsDashboard.noDataShort")}</span>
                    ) : (
                      <button
                        type="button"
                        className="button-link"
                        onClick={() => onChoose({ period: cell.period, key: by === "total" ? (scope?.key ?? null) : series.key })}
                        aria-label={t("indicatorsDashboard.openCell", {
                          period: periodLabel(format, cell.period, grain),
                          value: formatIndicatorValue(format, definition.unit, cell.value),
                        })}
                      >
                        {formatIndicatorValue(format, definition.unit, cell.value)}
                      </button>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
