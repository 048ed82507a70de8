import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { KpiCard, TrendChart } from "../../../ui/charts";
import { TableScroll } from "../../../ui/TableScroll";
import type { Indicators } from "../api/campaigns-api";

/** The headline figures of the period: finished cases, retention, attempts per case, closing compliance. */
export function IndicatorSummary({ data }: { data: Indicators }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const percent = (value: number) => format.percent(value);
  const total = <T extends { grain: string }>(rows: T[]) => rows.find((r) => r.grain === "total");
  const retention = total(data.retention);
  const attempts = total(data.attempts);
  const compliance = total(data.compliance);
  const count = (value: number) => format.number(value);
  const figures = [
    { key: "finished", value: attempts?.cases ?? 0, format: count },
    { key: "retention", value: retention?.rate ?? null, format: percent },
    { key: "retentionWithUnreached", value: retention?.rateWithUnreached ?? null, format: percent },
    { key: "attemptsPerCase", value: attempts?.average ?? null, format: (value: number) => format.number(value, 1) },
    { key: "compliance", value: compliance?.rate ?? null, format: percent, target: 1 },
    { key: "overdue", value: compliance?.overdue ?? 0, format: count, target: 0, lowerIsBetter: true },
  ];
  return (
    <div className="indicator-grid" data-testid="indicator-summary">
      {figures.map((f) => (
        <KpiCard
          key={f.key}
          label={t(`dispositions.indicators.${f.key}`)}
          value={f.value}
          format={f.format}
          target={f.target ?? null}
          lowerIsBetter={f.lowerIsBetter}
          testId={`kpi-${f.key}`}
        />
      ))}
    </div>
  );
}

/** Final states of the period, for the campaign and per advisor. */
export function FinalStatesTable({ data }: { data: Indicators }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const states = [...new Set(data.finalStates.map((r) => r.stateCode))];
  const label = (code: string) => data.finalStates.find((r) => r.stateCode === code)?.stateLabel ?? code;
  const groups = [
    { key: "total", name: t("dispositions.allCases"), rows: data.finalStates.filter((r) => r.grain === "total") },
    ...[...new Set(data.finalStates.filter((r) => r.grain === "advisor").map((r) => r.advisorId))].map((id) => {
      const rows = data.finalStates.filter((r) => r.grain === "advisor" && r.advisorId === id);
      return { key: id ?? "none", name: rows[0]?.advisorName ?? t("dispositions.system"), rows };
    }),
  ];
  if (states.length === 0) return <p className="empty">{t("dispositions.noFinished")}</p>;
  return (
    <TableScroll>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("dispositions.advisor")}</th>
            {states.map((s) => (
              <th scope="col" key={s}>
                {label(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.name}</th>
              {states.map((s) => (
                <td className="numeric" key={s}>
                  {format.number(g.rows.find((r) => r.stateCode === s)?.cases ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Retention, attempts and compliance per advisor or per day. */
export function BreakdownTable({ data, grain }: { data: Indicators; grain: "advisor" | "day" }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const percent = (value: number | null) => format.percent(value);
  const keys = [...new Set(data.retention.filter((r) => r.grain === grain).map((r) => (grain === "day" ? r.day : r.advisorId)))];
  const find = <T extends { grain: string; day: string | null; advisorId: string | null }>(rows: T[], key: string | null) =>
    rows.find((r) => r.grain === grain && (grain === "day" ? r.day : r.advisorId) === key);
  if (keys.length === 0) return <p className="empty">{t("dispositions.noFinished")}</p>;
  return (
    <TableScroll>
      <table>
        <thead>
          <tr>
            <th scope="col">{grain === "day" ? t("dispositions.day") : t("dispositions.advisor")}</th>
            <th scope="col">{t("dispositions.indicators.finished")}</th>
            <th scope="col">{t("dispositions.indicators.retention")}</th>
            <th scope="col">{t("dispositions.indicators.attemptsPerCase")}</th>
            <th scope="col">{t("dispositions.indicators.compliance")}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const retention = find(data.retention, key);
            const attempts = find(data.attempts, key);
            const compliance = find(data.compliance, key);
            return (
              <tr key={key ?? "none"}>
                <th scope="row">
                  {grain === "day" && key ? format.date(key) : (retention?.advisorName ?? t("dispositions.system"))}
                </th>
                <td className="numeric">{format.number(attempts?.cases ?? 0)}</td>
                <td className="numeric">{percent(retention?.rate ?? null)}</td>
                <td className="numeric">{attempts?.average == null ? "—" : format.number(attempts.average, 1)}</td>
                <td className="numeric">{percent(compliance?.rate ?? null)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Retention and closing compliance day by day: the trend of the period. */
export function IndicatorTrends({ data }: { data: Indicators }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const days = (rows: Array<{ grain: string; day: string | null; rate: number | null }>) =>
    rows
      .filter((r) => r.grain === "day" && r.day)
      .sort((a, b) => (a.day! < b.day! ? -1 : 1))
      .map((r) => ({ label: format.date(r.day!), value: r.rate }));
  const asPercent = (value: number) => format.percent(value, 0);
  return (
    <div className="chart-grid">
      <TrendChart
        title={t("dispositions.indicators.retention")}
        points={days(data.retention)}
        format={asPercent}
        testId="chart-retention"
      />
      <TrendChart
        title={t("dispositions.indicators.compliance")}
        points={days(data.compliance)}
        format={asPercent}
        target={1}
        targetLabel={t("dispositions.indicators.complianceTarget")}
        testId="chart-compliance"
      />
    </div>
  );
}
