import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { TableScroll } from "../../../ui/TableScroll";
import type { IndicatorDefinitionView } from "../api/indicators-api";
import { formatIndicatorValue, periodLabel } from "./indicator-format";
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
}: {
  definition: IndicatorDefinitionView;
  by: string;
  onChoose: (chosen: ChosenValue) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const report = useApiQuery("/api/indicators/{code}", {
    path: { code: definition.code },
    query: { grain: "month", periods: 12, ...(by === "total" ? {} : { by }) },
  });
  const periods = report.data?.periods ?? [];
  return (
    <section className="card stack" aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading">{t("indicatorsDashboard.breakdown", { by: t(`indicatorDimensions.${by}`) })}</h2>
      <ErrorAlert error={report.error} />
      <TableScroll>
        <table className="compact" data-testid="indicator-breakdown">
          <caption className="visually-hidden">
            {t("indicatorsDashboard.breakdown", { by: t(`indicatorDimensions.${by}`) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t(`indicatorDimensions.${by}`)}</th>
              {periods.map((period) => (
                <th scope="col" key={period} className="numeric">
                  {periodLabel(format, period, "month")}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(report.data?.series ?? []).map((series) => (
              <tr key={series.key}>
                <th scope="row">
                  {by === "total"
                    ? t("indicatorDimensions.total")
                    : (series.label ?? indicatorText(t, definition.code, by, series.key))}
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
                        onClick={() => onChoose({ period: cell.period, key: by === "total" ? null : series.key })}
                        aria-label={t("indicatorsDashboard.openCell", {
                          period: periodLabel(format, cell.period, "month"),
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
