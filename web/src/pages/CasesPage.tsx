import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useApiQuery } from "../api/use-api-query";
import { useAsyncAction } from "../api/use-async-action";
import { type CaseSort, takeNextCase } from "../features/dispositions/api/cases-api";
import { CampaignPicker } from "../features/dispositions/components/CampaignPicker";
import { CasesTable } from "../features/dispositions/components/CasesTable";
import { useCampaignChoice } from "../features/dispositions/hooks/use-campaign-choice";
import "../features/dispositions/dispositions.css";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";
import { useTableState } from "../ui/use-table-state";

/** The advisor's queue: their open and pending cases, and «take next» from the campaign's pool. */
export function CasesPage() {
  const { t } = useTranslation();
  usePageTitle(t("dispositions.myCases"));
  const navigate = useNavigate();
  const choice = useCampaignChoice();
  const table = useTableState<CaseSort>();
  const cases = useApiQuery(choice.campaign ? "/api/complaint-cases" : null, {
    query: { campaign: choice.campaign ?? undefined, mine: true, status: "active", ...table.query },
  });
  const next = useAsyncAction(async () => {
    const taken = await takeNextCase(choice.campaign!);
    if (taken.case) navigate(`/casos/${taken.case.id}`);
    else cases.reload();
    return taken;
  });

  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("dispositions.myCases")}</h1>
      <div className="page-toolbar">
        <CampaignPicker campaigns={choice.campaigns} campaign={choice.campaign} onChoose={choice.choose} />
        <button
          type="button"
          className="button-primary"
          data-testid="take-next"
          disabled={!choice.campaign || next.isPending}
          onClick={() => void next.run()}
        >
          {t("dispositions.takeNext")}
        </button>
      </div>
      {next.error === null && next.isPending === false && cases.data && cases.data.total === 0 ? (
        <p className="muted">{t("dispositions.emptyQueueHint")}</p>
      ) : null}
      <ErrorAlert error={choice.error ?? cases.error ?? next.error} />
      {cases.isLoading && !cases.data ? <Loading /> : null}
      {cases.data ? (
        <CasesTable
          label={t("dispositions.myCasesTable")}
          cases={cases.data.cases}
          total={cases.data.total}
          state={table}
          isLoading={cases.isLoading}
        />
      ) : null}
    </section>
  );
}
