import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { usePermission } from "../../session/hooks/session-context";
import { exportUrl } from "../api/indicators-api";
import { formatIndicatorValue } from "./indicator-format";

export interface FigureScope {
  /** Any day of the month to show (AAAA-MM-DD); today's month when absent. */
  last?: string;
  /** The dimension and its one value, e.g. cut and its date, campaign and its code. */
  by: string;
  value: string;
}

/** One indicator's value for one dimension value in one month, with the counts behind it. */
function Figure({ code, scope, linked }: { code: string; scope: FigureScope; linked: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const report = useApiQuery("/api/indicators/{code}", {
    path: { code },
    query: { grain: "month", periods: 1, by: scope.by, key: scope.value, ...(scope.last ? { last: scope.last } : {}) },
  });
  const cell = report.data?.series[0]?.cells[0];
  const name = t(`indicators.${code}.name`);
  return (
    <div data-testid={`figure-${code.replace(".", "-")}`}>
      <dt title={t(`indicators.${code}.formula`)}>{linked ? <Link to={`/indicadores/${code}`}>{name}</Link> : name}</dt>
      <dd>
        <ErrorAlert error={report.error} />
        {cell?.value === null || cell?.value === undefined
          ? t("indicatorsDashboard.noDataShort")
          : formatIndicatorValue(format, report.data!.unit, cell.value)}{" "}
        {cell && cell.denominator !== null ? (
          <small>
            {t("indicatorsDashboard.figureCounts", {
              numerator: format.number(cell.numerator),
              denominator: format.number(cell.denominator),
            })}
          </small>
        ) : null}
      </dd>
    </div>
  );
}

/**
 * A module's screen's indicators for one value of a dimension (the desk's cut, the live campaign) in one
 * month, read from the engine, each with its formula and its counts, and one .xlsx per indicator. Who also
 * holds reports:read opens each on its indicator page.
 */
export function IndicatorFigures({ codes, scope, testId }: { codes: readonly string[]; scope: FigureScope; testId: string }) {
  const { t } = useTranslation();
  const linked = usePermission("reports:read");
  return (
    <>
      <dl className="summary-grid" data-testid={testId}>
        {codes.map((code) => (
          <Figure key={code} code={code} scope={scope} linked={linked} />
        ))}
      </dl>
      <ul className="inline-list">
        {codes.map((code) => (
          <li key={code}>
            <a href={exportUrl(code, { by: scope.by })} download>
              {t("indicatorsDashboard.downloadOf", { name: t(`indicators.${code}.name`) })}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
