import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useApiQuery } from "../api/use-api-query";
import { IndicatorExplorer } from "../features/indicators/components/IndicatorExplorer";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** One indicator: the breakdown that explains it, by the dimension chosen, and the records behind a value. */
export function IndicatorPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  const definitions = useApiQuery("/api/indicators");
  const definition = definitions.data?.find((d) => d.code === code);
  const name = definition ? t(`indicators.${definition.code}.name`) : t("indicatorsDashboard.title");
  usePageTitle(name);
  if (definitions.isLoading) return <Loading />;
  if (!definition)
    return (
      <section className="stack">
        <ErrorAlert error={definitions.error} />
        {definitions.data ? <p>{t("indicatorsDashboard.unknown")}</p> : null}
        <Link to="/indicadores">{t("indicatorsDashboard.back")}</Link>
      </section>
    );
  return (
    <section className="stack" aria-labelledby="page-heading">
      <Link to="/indicadores">{t("indicatorsDashboard.back")}</Link>
      <h1 id="page-heading">{name}</h1>
      <p className="muted">{t(`indicators.${definition.code}.formula`)}</p>
      <IndicatorExplorer key={definition.code} definitions={[definition]} />
    </section>
  );
}
