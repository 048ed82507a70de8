import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useServerEvent } from "../api/server-events";
import { useApiQuery } from "../api/use-api-query";
import type { CaseSort } from "../features/dispositions/api/cases-api";
import { AgingTable } from "../features/dispositions/components/AgingTable";
import { CampaignPicker } from "../features/dispositions/components/CampaignPicker";
import { CasesTable } from "../features/dispositions/components/CasesTable";
import { ClosingInstructions } from "../features/dispositions/components/ClosingInstructions";
import { ComplaintUpload } from "../features/dispositions/components/ComplaintUpload";
import { PoolAssignment } from "../features/dispositions/components/PoolAssignment";
import { useCampaignChoice } from "../features/dispositions/hooks/use-campaign-choice";
import "../features/dispositions/dispositions.css";
import { usePermission } from "../features/session/hooks/session-context";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Tabs } from "../ui/Tabs";
import { usePageTitle } from "../ui/use-page-title";
import { useTableState } from "../ui/use-table-state";

/** The supervisor's campaign: load the queue, assign, watch aging, the level-1 queue and the closings. */
export function CampaignSupervisionPage() {
  const { t } = useTranslation();
  usePageTitle(t("dispositions.supervisionTitle"));
  const choice = useCampaignChoice();
  const canSend = usePermission("closings:send");
  const canSeeCases = usePermission("complaints:read");
  const [loaded, setLoaded] = useState(0);
  const campaign = choice.campaign;
  const aging = useApiQuery(campaign && canSeeCases ? "/api/campaigns/{campaign}/aging" : null, {
    path: { campaign: campaign ?? "" },
  });
  const level1Table = useTableState<CaseSort>({ pageSize: 10 });
  // Live: a deadline at risk or breached changes the aging and the queues.
  const reloadAging = aging.reload;
  useServerEvent("deadline.at_risk", reloadAging);
  useServerEvent("deadline.breached", reloadAging);
  const level1 = useApiQuery(campaign ? "/api/complaint-cases" : null, {
    query: { campaign: campaign ?? undefined, queue: "level1", ...level1Table.query },
  });

  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("dispositions.supervisionTitle")}</h1>
      <CampaignPicker campaigns={choice.campaigns} campaign={campaign} onChoose={choice.choose} />
      <ErrorAlert error={choice.error ?? aging.error ?? level1.error} />
      {campaign ? (
        <>
          <ComplaintUpload campaign={campaign} onCommitted={() => setLoaded((n) => n + 1)} />
          <Tabs
            label={t("dispositions.boardTabs")}
            testId="board-tabs"
            items={[
              {
                id: "pool",
                label: t("dispositions.tabPool"),
                panel: <PoolAssignment campaign={campaign} version={loaded} />,
              },
              {
                id: "level1",
                label: t("dispositions.tabLevel1", { count: level1.data?.total ?? 0 }),
                panel: (
                  <section className="card stack" aria-labelledby="level1-heading">
                    <h2 id="level1-heading">{t("dispositions.level1Title")}</h2>
                    <CasesTable
                      label={t("dispositions.level1Table")}
                      cases={level1.data?.cases}
                      total={level1.data?.total ?? 0}
                      state={level1Table}
                      isLoading={level1.isLoading}
                      showAssignee
                    />
                  </section>
                ),
              },
              {
                id: "closings",
                label: t("dispositions.tabClosings"),
                panel: <ClosingInstructions campaign={campaign} canSend={canSend} />,
              },
              ...(aging.data
                ? [
                    {
                      id: "aging",
                      label: t("dispositions.agingTitle"),
                      panel: (
                        <section className="card stack" aria-labelledby="aging-heading">
                          <h2 id="aging-heading">{t("dispositions.agingTitle")}</h2>
                          <AgingTable rows={aging.data} />
                        </section>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      ) : null}
    </section>
  );
}
