import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { IndicatorExplorer } from "../features/indicators/components/IndicatorExplorer";
import { IndicatorTile } from "../features/indicators/components/IndicatorTile";
import { EvaluationPanel } from "../features/retention/components/EvaluationPanel";
import "../features/retention/retention.css";
import { usePermission } from "../features/session/hooks/session-context";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

const thisMonth = () => new Date().toISOString().slice(0, 7);

/**
 * Gerencia Comercial: seed 000's indicators from the indicator engine (cancellations against the month
 * before, the retention rate; 12 months charted against the target, the breakdown by team or product,
 * the records behind any value, .xlsx) and the evaluation of results (step 15).
 */
export function RetentionIndicatorPage() {
  const { t } = useTranslation();
  usePageTitle(t("retention.indicator.pageTitle"));
  const monthId = useId();
  const [month, setMonth] = useState(thisMonth());
  const definitions = useApiQuery("/api/indicators");
  const mine = (definitions.data ?? []).filter((d) => d.procedure === "000");
  const evaluation = useApiQuery("/api/retention/evaluation", { query: { months: 12 } });
  const canEvaluate = usePermission("retention:evaluate");
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("retention.indicator.pageTitle")}</h1>
      <ErrorAlert error={definitions.error ?? evaluation.error} />
      {definitions.isLoading ? <Loading /> : null}
      <div className="chart-grid">
        {mine.map((definition) => (
          <IndicatorTile key={definition.code} definition={definition} link={false} />
        ))}
      </div>
      {mine.length > 0 ? (
        <section className="card stack" aria-labelledby="retention-breakdown-heading">
          <h2 id="retention-breakdown-heading">{t("retention.indicator.breakdownTitle")}</h2>
          <IndicatorExplorer definitions={mine} />
        </section>
      ) : null}
      <div className="field inline-field">
        <label htmlFor={monthId}>{t("retention.indicator.month")}</label>
        <input
          id={monthId}
          type="month"
          value={month}
          max={thisMonth()}
          onChange={(event) => event.target.value && setMonth(event.target.value)}
        />
      </div>
      {evaluation.data ? (
        <EvaluationPanel view={evaluation.data} month={month} canEvaluate={canEvaluate} onSaved={evaluation.reload} />
      ) : null}
    </section>
  );
}
