import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ApiResponse } from "../../../api/client";
import { useServerEvent } from "../../../api/server-events";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { enumLabel } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import { subjectPath } from "../../deadlines/subject-path";
import type { IndicatorDefinitionView } from "../../indicators/api/indicators-api";
import { formatIndicatorValue } from "../../indicators/components/indicator-format";

type Day = ApiResponse<"/api/supervision/day">;

/**
 * The supervisor's day: the campaigns' queues, the agents by state, the deadlines at risk and today's indicators,
 * each tile linking to its drill-down. The snapshot is read again when the realtime channel says something changed
 * (no polling): the dialer's campaign and agent changes and the deadlines' alerts.
 */
export function SupervisorDay() {
  const day = useApiQuery("/api/supervision/day");
  const reload = () => day.reload();
  useServerEvent("outbound.campaign_changed", reload);
  useServerEvent("outbound.agent_changed", reload);
  useServerEvent("deadline.at_risk", reload);
  useServerEvent("deadline.breached", reload);
  const view = day.data;
  return (
    <div className="stack">
      <ErrorAlert error={day.error} />
      {day.isLoading && !view ? <Loading /> : null}
      {view ? (
        <div className="card-grid">
          <QueueTile view={view} />
          <AgentsTile view={view} />
          <DeadlinesTile view={view} />
          <IndicatorsTile view={view} />
        </div>
      ) : null}
    </div>
  );
}

function QueueTile({ view }: { view: Day }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <article className="card stack" aria-labelledby="day-queue" data-testid="day-queue">
      <h2 id="day-queue">{t("supervisorDay.queue.title")}</h2>
      {view.campaigns.length === 0 ? <p className="empty">{t("supervisorDay.queue.empty")}</p> : null}
      {view.campaigns.map((c) => (
        <div key={c.id} className="stack">
          <h3>{c.name}</h3>
          <dl className="facts">
            <dt>{t("supervisorDay.queue.hopper")}</dt>
            <dd data-testid="day-hopper">{format.number(c.hopperDepth)}</dd>
            <dt>{t("supervisorDay.queue.inProgress")}</dt>
            <dd>
              {t("supervisorDay.queue.calls", {
                ringing: format.number(c.ringing),
                waiting: format.number(c.waiting),
                onCall: format.number(c.onCall),
              })}
            </dd>
            <dt>{t("supervisorDay.queue.today")}</dt>
            <dd>{format.number(c.callsToday)}</dd>
          </dl>
        </div>
      ))}
      <Link to="/salida/en-vivo">{t("supervisorDay.queue.open")}</Link>
    </article>
  );
}

const AGENT_STATES = ["ready", "onCall", "wrapUp", "paused"] as const;

function AgentsTile({ view }: { view: Day }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <article className="card stack" aria-labelledby="day-agents" data-testid="day-agents">
      <h2 id="day-agents">{t("supervisorDay.agents.title")}</h2>
      <dl className="facts">
        {AGENT_STATES.map((state) => (
          <div key={state}>
            <dt>{t(`supervisorDay.agents.${state}`)}</dt>
            <dd data-testid={`day-agents-${state}`}>{format.number(view.agents[state])}</dd>
          </div>
        ))}
      </dl>
      <Link to="/salida/en-vivo">{t("supervisorDay.agents.open")}</Link>
    </article>
  );
}

type DeadlineAlert = Day["deadlines"]["soonest"][number];

/** A few deadline alerts, each opening the case (PQR, request…) it is about when the product has its page. */
function DeadlineAlertList({ alerts, heading, testId }: { alerts: DeadlineAlert[]; heading: string; testId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (alerts.length === 0) return null;
  return (
    <section className="stack" data-testid={testId}>
      <h3>{heading}</h3>
      <ul className="plain-list">
        {alerts.map((d) => {
          const text = t("supervisorDay.deadlines.item", {
            kind: enumLabel(t, "deadlineKinds", d.kind),
            subject: enumLabel(t, "subjectTypes", d.subjectType),
            due: format.dateTime(d.dueAt),
          });
          const to = subjectPath(d.subjectType, d.subjectId);
          return (
            <li key={d.id} data-testid="day-deadline-alert">
              {to ? <Link to={to}>{text}</Link> : text}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function DeadlinesTile({ view }: { view: Day }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <article className="card stack" aria-labelledby="day-deadlines" data-testid="day-deadlines">
      <h2 id="day-deadlines">{t("supervisorDay.deadlines.title")}</h2>
      <dl className="facts">
        <dt>{t("supervisorDay.deadlines.atRisk")}</dt>
        <dd data-testid="day-deadlines-at-risk">{format.number(view.deadlines.atRisk)}</dd>
        <dt>{t("supervisorDay.deadlines.breached")}</dt>
        <dd data-testid="day-deadlines-breached">{format.number(view.deadlines.breachedToday)}</dd>
      </dl>
      <DeadlineAlertList
        alerts={view.deadlines.soonest}
        heading={t("supervisorDay.deadlines.soonest")}
        testId="day-deadlines-soonest"
      />
      <DeadlineAlertList
        alerts={view.deadlines.breached}
        heading={t("supervisorDay.deadlines.latestBreached")}
        testId="day-deadlines-latest-breached"
      />
      <Link to="/plazos">{t("supervisorDay.deadlines.open")}</Link>
    </article>
  );
}

function IndicatorsTile({ view }: { view: Day }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const show = (unit: string, value: number) => formatIndicatorValue(format, unit as IndicatorDefinitionView["unit"], value);
  return (
    <article className="card stack" aria-labelledby="day-indicators" data-testid="day-indicators">
      <h2 id="day-indicators">{t("supervisorDay.indicators.title")}</h2>
      <ul className="plain-list">
        {view.indicators.map((i) => (
          <li key={i.code} data-testid={`day-indicator-${i.code.replace(".", "-")}`}>
            <Link to={`/indicadores/${encodeURIComponent(i.code)}`}>{t(`indicators.${i.code}.name`)}</Link>
            {": "}
            <strong>{i.value === null ? t("supervisorDay.indicators.noData") : show(i.unit, i.value)}</strong>
            {i.target !== null ? (
              <span className={i.verdict === "met" ? "indicator-met" : i.verdict === "missed" ? "indicator-missed" : "muted"}>
                {" · "}
                {t("supervisorDay.indicators.target", { target: show(i.unit, i.target) })}
                {i.verdict ? ` · ${t(`supervisorDay.indicators.verdicts.${i.verdict}`)}` : ""}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </article>
  );
}
