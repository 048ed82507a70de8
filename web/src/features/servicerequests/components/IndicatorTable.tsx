import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { apiUrl } from "../../../api/client";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";

type Dimension = "total" | "area" | "team" | "zone";
const monthOf = (offset: number) => {
  const d = new Date();
  d.setDate(15);
  d.setMonth(d.getMonth() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
};

/** The indicator per month and per area, team or zone: accepted above the threshold, observed at or below, its trend, the records behind each cell. */
export function IndicatorTable() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [from, setFrom] = useState(monthOf(-2));
  const [to, setTo] = useState(monthOf(0));
  const [by, setBy] = useState<Dimension>("total");
  const [drill, setDrill] = useState<{ period: string; value: string } | null>(null);
  const indicator = useApiQuery("/api/service-requests/indicator", { query: { from, to, by } });
  const value = drill?.value;
  const records = useApiQuery(drill ? "/api/service-requests/indicator/records" : null, {
    query: {
      from: drill?.period ?? from,
      to: drill?.period ?? to,
      area: by === "area" ? value : undefined,
      team: by === "team" ? value : undefined,
      zone: by === "zone" ? value : undefined,
      limit: 100,
    },
  });
  const label = (value: string) =>
    by === "area"
      ? labelOf(t, "serviceRequests.areas", value)
      : by === "team"
        ? labelOf(t, "serviceRequests.teams", value)
        : by === "total"
          ? t("serviceRequests.dimensions.total")
          : value;
  return (
    <div className="stack" data-testid="annulment-indicator">
      <form className="board-filters" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          {t("serviceRequests.from")}
          <input type="month" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field">
          {t("serviceRequests.to")}
          <input type="month" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label className="field">
          {t("serviceRequests.by")}
          <select
            value={by}
            onChange={(e) => {
              setBy(e.target.value as Dimension);
              setDrill(null);
            }}
          >
            {(["total", "area", "team", "zone"] as const).map((d) => (
              <option key={d} value={d}>
                {labelOf(t, "serviceRequests.dimensions", d)}
              </option>
            ))}
          </select>
        </label>
        <a className="button" href={apiUrl("/api/service-requests/indicator/export", { query: { from, to, by } })}>
          {t("serviceRequests.exportXlsx")}
        </a>
      </form>
      <ErrorAlert error={indicator.error} />
      {indicator.isLoading && !indicator.data ? <Loading /> : null}
      {indicator.data ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("serviceRequests.period")}</th>
                <th scope="col">{labelOf(t, "serviceRequests.dimensions", by)}</th>
                <th scope="col">{t("serviceRequests.probable")}</th>
                <th scope="col">{t("serviceRequests.percent")}</th>
                <th scope="col">{t("serviceRequests.verdict")}</th>
                <th scope="col">{t("serviceRequests.trend")}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {indicator.data.cells.map((cell) => (
                <tr key={`${cell.period} ${cell.value}`} data-testid="indicator-cell">
                  <td>{format.month(cell.period)}</td>
                  <td>{label(cell.value)}</td>
                  <td>
                    {format.number(cell.nonAnnulled)} / {format.number(cell.probable)}
                  </td>
                  <td>{cell.percent === null ? t("common.none") : `${format.number(cell.percent)} %`}</td>
                  <td>
                    {cell.verdict ? (
                      <span className={cell.verdict === "accepted" ? "badge badge-success" : "badge badge-danger"}>
                        {labelOf(t, "serviceRequests.verdicts", cell.verdict)}
                      </span>
                    ) : null}
                  </td>
                  <td>{cell.trend ? labelOf(t, "serviceRequests.trends", cell.trend) : t("common.none")}</td>
                  <td>
                    <button type="button" onClick={() => setDrill({ period: cell.period, value: cell.value })}>
                      {t("serviceRequests.records")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {drill && records.data ? (
        <ul className="probable-list" data-testid="indicator-records">
          {records.data.map((r) => (
            <li key={r.id}>
              <Link to={`/solicitudes/${r.id}`}>{t("serviceRequests.requestNumber", { number: r.number })}</Link> ·{" "}
              {r.customerName} · {labelOf(t, "serviceRequests.statuses", r.status)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
