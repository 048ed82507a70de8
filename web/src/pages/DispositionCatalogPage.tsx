import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useApiQuery } from "../api/use-api-query";
import { CampaignCatalogView } from "../features/dispositions/components/CampaignCatalogView";
import { CampaignPicker } from "../features/dispositions/components/CampaignPicker";
import { CatalogWorkbookForm } from "../features/dispositions/components/CatalogWorkbookForm";
import { useCampaignChoice } from "../features/dispositions/hooks/use-campaign-choice";
import "../features/dispositions/dispositions.css";
import { ErrorAlert } from "../ui/ErrorAlert";
import { usePageTitle } from "../ui/use-page-title";

/** The admin's campaign catalog: what it holds, and its .xlsx export and import (the JSON editor is at /catalogos). */
export function DispositionCatalogPage() {
  const { t } = useTranslation();
  usePageTitle(t("dispositions.catalogTitle"));
  const choice = useCampaignChoice();
  const campaign = useApiQuery(choice.campaign ? "/api/campaigns/{campaign}" : null, {
    path: { campaign: choice.campaign ?? "" },
  });
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("dispositions.catalogTitle")}</h1>
      <p className="muted">
        {t("dispositions.catalogIntro")} <Link to="/catalogos">{t("dispositions.jsonEditor")}</Link>
      </p>
      <CampaignPicker campaigns={choice.campaigns} campaign={choice.campaign} onChoose={choice.choose} />
      <ErrorAlert error={choice.error ?? campaign.error} />
      {choice.campaign ? <CatalogWorkbookForm campaign={choice.campaign} onImported={campaign.reload} /> : null}
      {campaign.data ? <CampaignCatalogView campaign={campaign.data} /> : null}
    </section>
  );
}
