import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { IndicatorTile } from "../features/indicators/components/IndicatorTile";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

const PROCEDURES = ["000", "001", "002", "003", "004"] as const;

/** The manager's month: every installed indicator, by procedure, with its target and its last 12 months. */
export function IndicatorsDashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t("indicatorsDashboard.title"));
  const definitions = useApiQuery("/api/indicators");
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("indicatorsDashboard.title")}</h1>
      <p>{t("indicatorsDashboard.intro")}</p>
      <ErrorAlert error={definitions.error} />
      {definitions.isLoading ? <Loading /> : null}
      {PROCEDURES.map((procedure) => {
        const mine = (definitions.data ?? []).filter((d) => d.procedure === procedure);
        if (mine.length === 0) return null;
        return (
          <section key={procedure} className="stack" aria-labelledby={`procedure-${procedure}`}>
            <h2 id={`procedure-${procedure}`}>{t(`indicatorsDashboard.procedures.${procedure}`)}</h2>
            <div className="chart-grid">
              {mine.map((definition) => (
                <IndicatorTile key={definition.code} definition={definition} />
              ))}
            </div>
          </section>
        );
      })}
    </section>
  );
}
