import { useTranslation } from "react-i18next";
import { EscalatedVisits } from "../features/visits/components/EscalatedVisits";
import { usePageTitle } from "../ui/use-page-title";

/** The back office's worklist of technician visits escalated from the outbound desktop (seed 002 step 4). */
export function EscalatedVisitsPage() {
  const { t } = useTranslation();
  usePageTitle(t("escalatedVisits.title"));
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("escalatedVisits.title")}</h1>
      <p className="muted">{t("escalatedVisits.intro")}</p>
      <EscalatedVisits />
    </section>
  );
}
