import { useTranslation } from "react-i18next";
import { LiveCampaign } from "../features/outbound/components/LiveCampaign";
import "../features/outbound/outbound.css";
import { usePageTitle } from "../ui/use-page-title";

/** The supervisor's real-time view of an outbound campaign. */
export function OutboundLivePage() {
  const { t } = useTranslation();
  usePageTitle(t("outbound.liveTitle"));
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("outbound.liveTitle")}</h1>
      <LiveCampaign />
    </section>
  );
}
