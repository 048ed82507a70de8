import { useTranslation } from "react-i18next";
import { IndicatorTable } from "../features/servicerequests/components/IndicatorTable";
import "../features/servicerequests/servicerequests.css";
import { usePageTitle } from "../ui/use-page-title";

/** Jefe División Soporte al Cliente: the procedure's indicator (> 95 % accepted). */
export function AnnulmentIndicatorPage() {
  const { t } = useTranslation();
  usePageTitle(t("serviceRequests.indicatorTitle"));
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("serviceRequests.indicatorTitle")}</h1>
      <p className="muted">{t("serviceRequests.indicatorIntro")}</p>
      <IndicatorTable />
    </section>
  );
}
