import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { AgingTable } from "../features/dispositions/components/AgingTable";
import { CampaignPicker } from "../features/dispositions/components/CampaignPicker";
import {
  BreakdownTable,
  FinalStatesTable,
  IndicatorSummary,
  IndicatorTrends,
} from "../features/dispositions/components/IndicatorTables";
import { useCampaignChoice } from "../features/dispositions/hooks/use-campaign-choice";
import "../features/dispositions/dispositions.css";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** The campaign's indicators for supervisors and management: per period, per advisor and per day. */
export function CampaignIndicatorsPage() {
  const { t } = useTranslation();
  usePageTitle(t("dispositions.indicatorsTitle"));
  const fromId = useId();
  const toId = useId();
  const choice = useCampaignChoice();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const indicators = useApiQuery(choice.campaign ? "/api/campaigns/{campaign}/indicators" : null, {
    path: { campaign: choice.campaign ?? "" },
    query: { from: from || undefined, to: to || undefined },
  });
  const data = indicators.data;

  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("dispositions.indicatorsTitle")}</h1>
      <div className="page-toolbar">
        <CampaignPicker campaigns={choice.campaigns} campaign={choice.campaign} onChoose={choice.choose} />
        <div className="field inline-field">
          <label htmlFor={fromId}>{t("dispositions.from")}</label>
          <input id={fromId} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className="field inline-field">
          <label htmlFor={toId}>{t("dispositions.to")}</label>
          <input id={toId} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
      </div>
      <ErrorAlert error={choice.error ?? indicators.error} />
      {indicators.isLoading && !data ? <Loading /> : null}
      {data ? (
        <>
          <IndicatorSummary data={data} />
          <section className="card stack" aria-labelledby="trends-heading">
            <h2 id="trends-heading">{t("dispositions.trendsTitle")}</h2>
            <IndicatorTrends data={data} />
          </section>
          <section className="card stack" aria-labelledby="states-heading">
            <h2 id="states-heading">{t("dispositions.finalStatesTitle")}</h2>
            <FinalStatesTable data={data} />
          </section>
          <section className="card stack" aria-labelledby="advisors-heading">
            <h2 id="advisors-heading">{t("dispositions.byAdvisorTitle")}</h2>
            <BreakdownTable data={data} grain="advisor" />
          </section>
          <section className="card stack" aria-labelledby="days-heading">
            <h2 id="days-heading">{t("dispositions.byDayTitle")}</h2>
            <BreakdownTable data={data} grain="day" />
          </section>
          <section className="card stack" aria-labelledby="aging-heading">
            <h2 id="aging-heading">{t("dispositions.agingTitle")}</h2>
            <AgingTable rows={data.aging} />
          </section>
        </>
      ) : null}
    </section>
  );
}
