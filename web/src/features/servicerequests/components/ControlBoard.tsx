import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useServerEvent } from "../../../api/server-events";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import { BOARD_EVENT, type BoardData } from "../api/servicerequests-api";

const PAGE = 25;
const AREAS = ["network", "coc", "technician", "zonal", "zoning"] as const;
const TEAMS = ["platform_monitors", "sales_team_leader", "advisor", "network_dept", "coc", "zonal"] as const;
const PHASES = ["on_time", "at_risk", "breached"] as const;
type Area = (typeof AREAS)[number];
type Team = (typeof TEAMS)[number];
type Phase = (typeof PHASES)[number];

/** Hours and minutes of an age in minutes. */
function age(t: ReturnType<typeof useTranslation>["t"], minutes: number) {
  return t("serviceRequests.ageMinutes", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

function Groups({ groups, dimension }: { groups: BoardData["groups"]; dimension: "area" | "team" | "zone" }) {
  const { t } = useTranslation();
  const rows = groups.filter((g) => g.dimension === dimension);
  const label = (value: string | null) =>
    value === null
      ? t("serviceRequests.noZone")
      : dimension === "zone"
        ? value
        : labelOf(t, dimension === "area" ? "serviceRequests.areas" : "serviceRequests.teams", value);
  return (
    <table className="board-groups">
      <caption>{t(`serviceRequests.by${dimension === "area" ? "Area" : dimension === "team" ? "Team" : "Zone"}`)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(`serviceRequests.${dimension}`)}</th>
          <th scope="col">{t("serviceRequests.open")}</th>
          <th scope="col">{t("serviceRequests.atRisk")}</th>
          <th scope="col">{t("serviceRequests.breached")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((g) => (
          <tr key={g.value ?? "-"}>
            <td>{label(g.value)}</td>
            <td>{g.open}</td>
            <td>{g.atRisk}</td>
            <td className={g.breached > 0 ? "text-danger" : undefined}>{g.breached}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Step 5's control board: every open engineering ticket with its age against the same-day deadline, the
 * counts by area, team and zone, the requests likely to be annulled; filters and paging; live.
 */
export function ControlBoard() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [area, setArea] = useState<Area | "">("");
  const [team, setTeam] = useState<Team | "">("");
  const [phase, setPhase] = useState<Phase | "">("");
  const [zone, setZone] = useState("");
  const [offset, setOffset] = useState(0);
  const board = useApiQuery("/api/service-requests/board", {
    query: {
      area: area || undefined,
      team: team || undefined,
      phase: phase || undefined,
      zone: zone.trim() || undefined,
      limit: PAGE,
      offset,
    },
  });
  useServerEvent(BOARD_EVENT, board.reload);
  useServerEvent("deadline.breached", board.reload);
  useServerEvent("deadline.at_risk", board.reload);
  const data = board.data;
  const reset = () => setOffset(0);

  return (
    <div className="stack" data-testid="control-board">
      <form className="board-filters" onSubmit={(event) => event.preventDefault()}>
        <label className="field">
          {t("serviceRequests.area")}
          <select
            value={area}
            onChange={(e) => {
              setArea(e.target.value as Area | "");
              reset();
            }}
            data-testid="filter-area"
          >
            <option value="">{t("serviceRequests.all")}</option>
            {AREAS.map((a) => (
              <option key={a} value={a}>
                {labelOf(t, "serviceRequests.areas", a)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t("serviceRequests.team")}
          <select
            value={team}
            onChange={(e) => {
              setTeam(e.target.value as Team | "");
              reset();
            }}
            data-testid="filter-team"
          >
            <option value="">{t("serviceRequests.all")}</option>
            {TEAMS.map((a) => (
              <option key={a} value={a}>
                {labelOf(t, "serviceRequests.teams", a)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t("serviceRequests.phase")}
          <select
            value={phase}
            onChange={(e) => {
              setPhase(e.target.value as Phase | "");
              reset();
            }}
            data-testid="filter-phase"
          >
            <option value="">{t("serviceRequests.all")}</option>
            {PHASES.map((p) => (
              <option key={p} value={p}>
                {labelOf(t, "serviceRequests.phases", p)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t("serviceRequests.zone")}
          <input
            value={zone}
            onChange={(e) => {
              setZone(e.target.value);
              reset();
            }}
            data-testid="filter-zone"
          />
        </label>
      </form>
      <ErrorAlert error={board.error} />
      {board.isLoading && !data ? <Loading /> : null}
      {data ? (
        <>
          <p className="board-totals" data-testid="board-totals">
            <span className="badge">
              {t("serviceRequests.open")}: {data.total.open}
            </span>{" "}
            <span className="badge badge-warning">
              {t("serviceRequests.atRisk")}: {data.total.atRisk}
            </span>{" "}
            <span className="badge badge-danger">
              {t("serviceRequests.breached")}: {data.total.breached}
            </span>{" "}
            <span className="badge">
              {t("serviceRequests.probable")}: {data.total.probableAnnulments}
            </span>
          </p>
          <div className="board-group-grid">
            <Groups groups={data.groups} dimension="area" />
            <Groups groups={data.groups} dimension="team" />
            <Groups groups={data.groups} dimension="zone" />
          </div>
          {data.tickets.length === 0 ? (
            <p className="empty">{t("serviceRequests.none")}</p>
          ) : (
            <div className="table-scroll">
              <table data-testid="board-tickets">
                <thead>
                  <tr>
                    <th scope="col">{t("serviceRequests.ticket")}</th>
                    <th scope="col">{t("serviceRequests.customer")}</th>
                    <th scope="col">{t("serviceRequests.team")}</th>
                    <th scope="col">{t("serviceRequests.zone")}</th>
                    <th scope="col">{t("serviceRequests.age")}</th>
                    <th scope="col">{t("serviceRequests.phase")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.tickets.map((ticket) => (
                    <tr key={ticket.id} className={`board-${ticket.phase.replace("_", "-")}`} data-testid="board-ticket">
                      <td>
                        {ticket.requestId ? (
                          <Link to={`/solicitudes/${ticket.requestId}`}>
                            {t("serviceRequests.ticketNumber", { number: ticket.number })}
                          </Link>
                        ) : (
                          t("serviceRequests.ticketNumber", { number: ticket.number })
                        )}
                        <div className="muted">
                          {labelOf(t, "serviceRequests.areas", ticket.area)} ·{" "}
                          {t("serviceRequests.seedStep", { step: ticket.seedStep })}
                        </div>
                        <div>{ticket.observation}</div>
                      </td>
                      <td>
                        {ticket.customerName ?? t("common.none")}
                        {ticket.requestNumber ? (
                          <div className="muted">{t("serviceRequests.requestNumber", { number: ticket.requestNumber })}</div>
                        ) : null}
                      </td>
                      <td>{labelOf(t, "serviceRequests.teams", ticket.team)}</td>
                      <td>{ticket.zone ?? t("serviceRequests.noZone")}</td>
                      <td>{age(t, ticket.ageMinutes)}</td>
                      <td>
                        <span className={`badge phase-${ticket.phase}`}>
                          {labelOf(t, "serviceRequests.phases", ticket.phase)}
                        </span>
                        <div className="muted">{format.dateTime(ticket.dueAt)}</div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="pager">
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t("serviceRequests.previous")}
            </button>
            <button type="button" disabled={data.tickets.length < PAGE} onClick={() => setOffset(offset + PAGE)}>
              {t("serviceRequests.next")}
            </button>
          </div>
          <h2>{t("serviceRequests.probable")}</h2>
          <ul className="probable-list">
            {data.probable.map((r) => (
              <li key={r.id}>
                <Link to={`/solicitudes/${r.id}`}>{t("serviceRequests.requestNumber", { number: r.number })}</Link> ·{" "}
                {r.customerName} · {labelOf(t, "serviceRequests.statuses", r.status)} · {r.zone ?? t("serviceRequests.noZone")}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
