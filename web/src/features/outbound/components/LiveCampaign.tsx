import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useServerEvent } from "../../../api/server-events";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import { IndicatorFigures } from "../../indicators/components/IndicatorFigures";
import { outboundApi } from "../api/outbound-api";

/** Seed 002's dialer indicators, from the indicator engine for the campaign's current month. */
const INDICATORS = ["dialer.contactability", "dialer.effectiveness", "dialer.fcr"] as const;

const minutes = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/** The supervisor's live view of one outbound campaign, refreshed by the realtime channel across instances. */
export function LiveCampaign() {
  const { t } = useTranslation();
  const format = useFormatters();
  const campaigns = useApiQuery("/api/outbound/campaigns");
  const [chosen, setChosen] = useState("");
  const campaignId = chosen || campaigns.data?.items[0]?.id || "";
  const live = useApiQuery(campaignId ? "/api/outbound/campaigns/{id}/live" : null, { path: { id: campaignId } });
  // A change in the campaign reloads the live view and, remounted, its indicators from the engine.
  const [refreshed, setRefreshed] = useState(0);
  useServerEvent("outbound.campaign_changed", (data) => {
    if ((data as { campaignId?: string }).campaignId !== campaignId) return;
    live.reload();
    setRefreshed((n) => n + 1);
  });
  const dial = useAsyncAction(async () => {
    await outboundApi.dial(campaignId);
    live.reload();
  });
  const view = live.data;
  return (
    <div className="stack">
      <ErrorAlert error={campaigns.error ?? live.error} />
      <div className="button-row">
        <label>
          {t("outbound.campaign")}
          <select value={campaignId} onChange={(e) => setChosen(e.target.value)} data-testid="live-campaign">
            {(campaigns.data?.items ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} · {labelOf(t, "outbound.modes", c.pacingMode)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button-secondary" disabled={!campaignId || dial.isPending} onClick={() => dial.run()}>
          {t("outbound.dialNow")}
        </button>
      </div>
      <ErrorAlert error={dial.error} />
      {live.isLoading && !view ? <Loading /> : null}
      {view ? (
        <>
          <dl className="facts outbound-kpis" data-testid="live-kpis">
            <dt>{t("outbound.dialLevel")}</dt>
            <dd>
              {format.number(view.dialLevel)} ({t("outbound.maxLevel", { value: format.number(view.maxLevel) })})
            </dd>
            <dt>{t("outbound.dropToday")}</dt>
            <dd>
              {format.number(view.today.dropPercent)} % ({t("outbound.target", { value: format.number(view.targetDropPercent) })})
            </dd>
            <dt>{t("outbound.drop24h")}</dt>
            <dd>{format.number(view.last24Hours.dropPercent)} %</dd>
            <dt>{t("outbound.drop30")}</dt>
            <dd>{format.number(view.last30Days.dropPercent)} %</dd>
            <dt>{t("outbound.callsToday")}</dt>
            <dd>{format.number(view.today.calls)}</dd>
            <dt>{t("outbound.answeredToday")}</dt>
            <dd>{format.number(view.today.answered)}</dd>
            <dt>{t("outbound.ringing")}</dt>
            <dd>{view.calls.ringing}</dd>
            <dt>{t("outbound.waitingCalls")}</dt>
            <dd>{view.calls.waiting}</dd>
            <dt>{t("outbound.onCall")}</dt>
            <dd>{view.calls.onCall}</dd>
            <dt>{t("outbound.hopper")}</dt>
            <dd>{view.hopperDepth}</dd>
          </dl>
          <h2>{t("outbound.indicators")}</h2>
          <p className="muted">{t("indicatorsDashboard.thisMonth")}</p>
          <IndicatorFigures
            key={`${view.campaign.code}:${refreshed}`}
            codes={INDICATORS}
            scope={{ by: "campaign", value: view.campaign.code }}
            testId="live-indicators"
          />
          <h2>{t("outbound.agents")}</h2>
          {view.agents.length === 0 ? <p className="empty">{t("outbound.noAgents")}</p> : null}
          <table>
            <thead>
              <tr>
                <th>{t("outbound.agent")}</th>
                <th>{t("outbound.status")}</th>
                <th>{t("outbound.timeInState")}</th>
                <th>{t("outbound.talkingTo")}</th>
              </tr>
            </thead>
            <tbody>
              {view.agents.map((a) => (
                <tr key={a.userId}>
                  <td>{a.name}</td>
                  <td>
                    {t(`outbound.state.${a.state}`)}
                    {a.pauseReason ? ` · ${a.pauseReason}` : ""}
                  </td>
                  <td>{minutes(a.secondsInState)}</td>
                  <td>{a.customerName ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t("outbound.lists")}</h2>
          <table>
            <thead>
              <tr>
                <th>{t("outbound.listType")}</th>
                <th>{t("outbound.status")}</th>
                <th>{t("outbound.records")}</th>
                <th>{t("outbound.attempted")}</th>
                <th>{t("outbound.contacted")}</th>
              </tr>
            </thead>
            <tbody>
              {view.lists.map((l) => (
                <tr key={`${l.listType}-${l.status}`}>
                  <td>{labelOf(t, "outbound.listTypes", l.listType)}</td>
                  <td>{labelOf(t, "outbound.recordStatus", l.status)}</td>
                  <td>{l.records}</td>
                  <td>{l.attempted}</td>
                  <td>{l.contacted}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t("outbound.blocked")}</h2>
          {Object.keys(view.blockedToday).length === 0 ? <p className="empty">{t("outbound.noBlocked")}</p> : null}
          <ul>
            {Object.entries(view.blockedToday).map(([rule, n]) => (
              <li key={rule}>
                {labelOf(t, "outbound.rules", rule)}: {n}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
