import { useTranslation } from "react-i18next";
import type { Indicators } from "../api/campaigns-api";

const percent = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1)} %`);

/** The headline figures of the period: finished cases, retention, attempts per case, closing compliance. */
export function IndicatorSummary({ data }: { data: Indicators }) {
  const { t } = useTranslation();
  const total = <T extends { grain: string }>(rows: T[]) => rows.find((r) => r.grain === "total");
  const retention = total(data.retention);
  const attempts = total(data.attempts);
  const compliance = total(data.compliance);
  const figures = [
    { key: "finished", value: String(attempts?.cases ?? 0) },
    { key: "retention", value: percent(retention?.rate ?? null) },
    { key: "retentionWithUnreached", value: percent(retention?.rateWithUnreached ?? null) },
    { key: "attemptsPerCase", value: attempts?.average === null || attempts === undefined ? "—" : String(attempts.average) },
    { key: "compliance", value: percent(compliance?.rate ?? null) },
    { key: "overdue", value: String(compliance?.overdue ?? 0) },
  ];
  return (
    <div className="indicator-grid" data-testid="indicator-summary">
      {figures.map((f) => (
        <div className="card" key={f.key}>
          <p className="muted">{t(`dispositions.indicators.${f.key}`)}</p>
          <p className="indicator-figure">{f.value}</p>
        </div>
      ))}
    </div>
  );
}

/** Final states of the period, for the campaign and per advisor. */
export function FinalStatesTable({ data }: { data: Indicators }) {
  const { t } = useTranslation();
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
    <div className="table-scroll">
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
                  {g.rows.find((r) => r.stateCode === s)?.cases ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Retention, attempts and compliance per advisor or per day. */
export function BreakdownTable({ data, grain }: { data: Indicators; grain: "advisor" | "day" }) {
  const { t } = useTranslation();
  const keys = [...new Set(data.retention.filter((r) => r.grain === grain).map((r) => (grain === "day" ? r.day : r.advisorId)))];
  const find = <T extends { grain: string; day: string | null; advisorId: string | null }>(rows: T[], key: string | null) =>
    rows.find((r) => r.grain === grain && (grain === "day" ? r.day : r.advisorId) === key);
  if (keys.length === 0) return <p className="empty">{t("dispositions.noFinished")}</p>;
  return (
    <div className="table-scroll">
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
                <th scope="row">{grain === "day" ? key : (retention?.advisorName ?? t("dispositions.system"))}</th>
                <td className="numeric">{attempts?.cases ?? 0}</td>
                <td className="numeric">{percent(retention?.rate ?? null)}</td>
                <td className="numeric">{attempts?.average ?? "—"}</td>
                <td className="numeric">{percent(compliance?.rate ?? null)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
