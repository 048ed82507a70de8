import { useId } from "react";
import { useTranslation } from "react-i18next";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

/** One point of a series: its label on the axis (a day, a month) and its value; null where nothing was measured. */
export interface TrendPoint {
  label: string;
  value: number | null;
  /** The target of that point, when it moves (last month's figure); a fixed target goes in `target`. */
  target?: number | null;
}

interface TrendChartProps {
  title: string;
  points: TrendPoint[];
  /** How a value reads ("73,2 %", "$ 107.754", "12"). */
  format: (value: number) => string;
  /** A fixed target, drawn as a dashed line across the chart. */
  target?: number | null;
  targetLabel?: string;
  /** Bars (counts per period) or a line (rates). */
  kind?: "bar" | "line";
  /** Whether less is better (cancellations): colors the bars over their target. */
  lowerIsBetter?: boolean;
  height?: number;
  testId?: string;
}

const COLORS = { value: "#0b57a4", target: "#a3161a", over: "#a3161a", grid: "#c9d0da" };

/**
 * A trend over time with its target, from one chart library (recharts). The same figures are in a
 * table for screen readers and keyboard users, so the chart is never the only way to read them.
 */
export function TrendChart({
  title,
  points,
  format,
  target = null,
  targetLabel,
  kind = "line",
  lowerIsBetter = false,
  height = 220,
  testId,
}: TrendChartProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const hasMovingTarget = points.some((point) => point.target !== undefined && point.target !== null);
  const valueName = title;
  const targetName = targetLabel ?? t("charts.target");
  const missed = (point: TrendPoint) => {
    const goal = point.target ?? target;
    if (goal === null || goal === undefined || point.value === null) return false;
    return lowerIsBetter ? point.value >= goal : point.value < goal;
  };
  return (
    <figure className="chart" aria-labelledby={headingId} data-testid={testId}>
      <figcaption id={headingId} className="chart-title">
        {title}
      </figcaption>
      {points.length === 0 ? (
        <p className="empty">{t("charts.noData")}</p>
      ) : (
        <div aria-hidden="true" style={{ width: "100%", height }}>
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} />
              <YAxis tickFormatter={(value: number) => format(value)} tick={{ fontSize: 12 }} width={72} />
              <Tooltip formatter={(value) => (typeof value === "number" ? format(value) : String(value ?? ""))} />
              <Legend />
              {kind === "bar" ? (
                <Bar dataKey="value" name={valueName} fill={COLORS.value} isAnimationActive={false} />
              ) : (
                <Line
                  dataKey="value"
                  name={valueName}
                  stroke={COLORS.value}
                  strokeWidth={2}
                  connectNulls
                  isAnimationActive={false}
                />
              )}
              {hasMovingTarget ? (
                <Line
                  dataKey="target"
                  name={targetName}
                  stroke={COLORS.target}
                  strokeDasharray="6 4"
                  strokeWidth={2}
                  dot={false}
                  type="stepAfter"
                  isAnimationActive={false}
                />
              ) : null}
              {target !== null ? (
                <ReferenceLine
                  y={target}
                  stroke={COLORS.target}
                  strokeDasharray="6 4"
                  label={{ value: `${targetName}: ${format(target)}`, position: "insideTopRight", fontSize: 12 }}
                />
              ) : null}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
      <details className="chart-data">
        <summary>{t("charts.showData")}</summary>
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">{t("charts.period")}</th>
              <th scope="col">{valueName}</th>
              {hasMovingTarget || target !== null ? <th scope="col">{targetName}</th> : null}
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.label} className={missed(point) ? "row-danger" : undefined}>
                <th scope="row">{point.label}</th>
                <td className="numeric">{point.value === null ? "—" : format(point.value)}</td>
                {hasMovingTarget || target !== null ? (
                  <td className="numeric">
                    {(point.target ?? target) === null || (point.target ?? target) === undefined
                      ? "—"
                      : format((point.target ?? target) as number)}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

interface KpiCardProps {
  label: string;
  value: number | null;
  format: (value: number) => string;
  /** The goal of the figure, shown beside it. */
  target?: number | null;
  /** The same figure one period before, for the trend arrow. */
  previous?: number | null;
  lowerIsBetter?: boolean;
  /** Whether the target is met, when the server decides it (e.g. "fewer than last month"). */
  isMet?: boolean | null;
  testId?: string;
}

/** A headline figure with its target and its trend against the period before. */
export function KpiCard({
  label,
  value,
  format,
  target = null,
  previous = null,
  lowerIsBetter = false,
  isMet,
  testId,
}: KpiCardProps) {
  const { t } = useTranslation();
  const met =
    isMet !== undefined ? isMet : value === null || target === null ? null : lowerIsBetter ? value <= target : value >= target;
  const delta = value === null || previous === null ? null : value - previous;
  const better = delta === null || delta === 0 ? null : lowerIsBetter ? delta < 0 : delta > 0;
  return (
    <div className="card kpi-card" data-testid={testId}>
      <p className="muted">{label}</p>
      <p className="indicator-figure">{value === null ? "—" : format(value)}</p>
      {target !== null ? (
        <p className={met === null ? "muted" : met ? "indicator-met" : "indicator-missed"}>
          {t("charts.targetIs", { target: format(target) })}
          {met === null ? "" : ` · ${met ? t("charts.met") : t("charts.missed")}`}
        </p>
      ) : null}
      {delta !== null ? (
        <p className={better === null ? "muted" : better ? "indicator-met" : "indicator-missed"}>
          <span aria-hidden="true">{delta > 0 ? "▲ " : delta < 0 ? "▼ " : "■ "}</span>
          {t("charts.trend", { delta: `${delta > 0 ? "+" : ""}${format(delta)}`, previous: format(previous as number) })}
        </p>
      ) : null}
    </div>
  );
}
