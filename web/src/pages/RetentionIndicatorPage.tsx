import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { EvaluationPanel } from "../features/retention/components/EvaluationPanel";
import { IndicatorPanel, IndicatorTrend } from "../features/retention/components/IndicatorPanel";
import "../features/retention/retention.css";
import { usePermission } from "../features/session/hooks/session-context";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** Gerencia Comercial: the monthly indicator and the evaluation of results (step 15). */
export function RetentionIndicatorPage() {
  const { t } = useTranslation();
  usePageTitle(t("retention.indicator.pageTitle"));
  const monthId = useId();
  const [month, setMonth] = useState(thisMonth());
  const indicator = useApiQuery("/api/retention/indicator", { query: { month } });
  const evaluation = useApiQuery("/api/retention/evaluation", { query: { months: 12 } });
  const canEvaluate = usePermission("retention:evaluate");
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("retention.indicator.pageTitle")}</h1>
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
      <ErrorAlert error={indicator.error ?? evaluation.error} />
      {indicator.isLoading && !indicator.data ? <Loading /> : null}
      {indicator.data ? <IndicatorPanel indicator={indicator.data} /> : null}
      {evaluation.data ? <IndicatorTrend view={evaluation.data} /> : null}
      {evaluation.data ? (
        <EvaluationPanel view={evaluation.data} month={month} canEvaluate={canEvaluate} onSaved={evaluation.reload} />
      ) : null}
    </section>
  );
}
