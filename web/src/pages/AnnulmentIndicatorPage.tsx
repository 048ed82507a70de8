import { useTranslation } from "react-i18next";
import { useIndicatorDefinition } from "../features/indicators/api/use-indicator-definition";
import { IndicatorExplorer } from "../features/indicators/components/IndicatorExplorer";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

const CODE = "servicerequests.annulment_avoidance";

/** Jefe División Soporte al Cliente and the areas of seed 001: the procedure's indicator (> 95 % accepted), from the engine. */
export function AnnulmentIndicatorPage() {
  const { t } = useTranslation();
  usePageTitle(t("serviceRequests.indicatorTitle"));
  const { definition, ...definitions } = useIndicatorDefinition(CODE);
  return (
    <section className="stack" aria-labelledby="page-heading" data-testid="annulment-indicator">
      <h1 id="page-heading">{t("serviceRequests.indicatorTitle")}</h1>
      <p className="muted">{t(`indicators.${CODE}.formula`)}</p>
      <ErrorAlert error={definitions.error} />
      {definitions.isLoading ? <Loading /> : null}
      {definition ? <IndicatorExplorer definitions={[definition]} /> : null}
    </section>
  );
}
