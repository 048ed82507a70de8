import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { AgingTable } from "../features/dispositions/components/AgingTable";
import { CampaignPicker } from "../features/dispositions/components/CampaignPicker";
import { useCampaignChoice } from "../features/dispositions/hooks/use-campaign-choice";
import "../features/dispositions/dispositions.css";
import type { IndicatorDefinitionView } from "../features/indicators/api/indicators-api";
import { type BreakdownChoice, IndicatorExplorer } from "../features/indicators/components/IndicatorExplorer";
import { IndicatorTile } from "../features/indicators/components/IndicatorTile";
import type { Grain } from "../features/indicators/components/indicator-format";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** Within one campaign: the per-campaign dimensions a definition declares, keyed «campaign/…». */
const withinCampaign = (campaign: string) => (definition: IndicatorDefinitionView) =>
  definition.dimensions
    .filter((dimension) => dimension.startsWith("campaign_"))
    .map((dimension): BreakdownChoice => ({ by: dimension, keyPrefix: `${campaign}/` }));

/**
 * Seed 003's indicators for one campaign, for supervisors and management, all from the indicator engine:
 * final states, retention rate (with and without the unreached), attempts per case, closing compliance —
 * each with its 12 periods (months or days), by advisor or final state within the campaign, the records
 * behind any value and .xlsx — and the pending aging now.
 */
export function CampaignIndicatorsPage() {
  const { t } = useTranslation();
  usePageTitle(t("dispositions.indicatorsTitle"));
  const grainId = useId();
  const choice = useCampaignChoice();
  const [grain, setGrain] = useState<Grain>("month");
  const definitions = useApiQuery("/api/indicators");
  const mine = (definitions.data ?? []).filter((d) => d.procedure === "003");
  const campaign = choice.campaign;
  const aging = useApiQuery(campaign ? "/api/campaigns/{campaign}/aging" : null, { path: { campaign: campaign ?? "" } });
  const scope = campaign ? { by: "campaign", key: campaign } : null;

  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("dispositions.indicatorsTitle")}</h1>
      <div className="page-toolbar">
        <CampaignPicker campaigns={choice.campaigns} campaign={campaign} onChoose={choice.choose} />
        <div className="field inline-field">
          <label htmlFor={grainId}>{t("dispositions.grain")}</label>
          <select id={grainId} value={grain} onChange={(event) => setGrain(event.target.value as Grain)} data-testid="grain">
            {(["month", "week", "day"] as const).map((g) => (
              <option key={g} value={g}>
                {t(`dispositions.grains.${g}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorAlert error={choice.error ?? definitions.error ?? aging.error} />
      {definitions.isLoading ? <Loading /> : null}
      {scope && mine.length > 0 ? (
        <>
          <div className="chart-grid" data-testid="indicator-summary">
            {mine.map((definition) => (
              <IndicatorTile
                key={`${definition.code}:${scope.key}:${grain}`}
                definition={definition}
                scope={scope}
                grain={grain}
                link={false}
              />
            ))}
          </div>
          <section className="card stack" aria-labelledby="campaign-breakdown-heading">
            <h2 id="campaign-breakdown-heading">{t("dispositions.breakdownTitle")}</h2>
            <IndicatorExplorer
              key={`${scope.key}:${grain}`}
              definitions={mine}
              scope={scope}
              choices={withinCampaign(scope.key)}
              grain={grain}
            />
          </section>
        </>
      ) : null}
      {aging.data ? (
        <section className="card stack" aria-labelledby="aging-heading">
          <h2 id="aging-heading">{t("dispositions.agingTitle")}</h2>
          <AgingTable rows={aging.data} />
        </section>
      ) : null}
    </section>
  );
}
