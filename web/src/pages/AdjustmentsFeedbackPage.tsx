import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { useAsyncAction } from "../api/use-async-action";
import { adjustmentsApi } from "../features/adjustments/api/adjustments-api";
import { FeedbackTable } from "../features/adjustments/components/FeedbackTable";
import { ErrorAlert } from "../ui/ErrorAlert";
import { usePageTitle } from "../ui/use-page-title";

const today = () => new Date().toISOString().slice(0, 10);

/** The supervisor's weekly feedback: the top 5 agents by rejections, and who has not signed yet. */
export function AdjustmentsFeedbackPage() {
  const { t } = useTranslation();
  usePageTitle(t("adjustments.feedback.title"));
  const [week, setWeek] = useState(today);
  const feedback = useApiQuery("/api/adjustments/feedback", { query: { week } });
  const generate = useAsyncAction(async () => {
    await adjustmentsApi.generateFeedback(week);
    feedback.reload();
  });
  const unsigned = feedback.data?.unsigned ?? [];
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("adjustments.feedback.title")}</h1>
      <div className="button-row">
        <label>
          {t("adjustments.feedback.week")}
          <input type="date" value={week} onChange={(e) => setWeek(e.target.value || today())} />
        </label>
        <button type="button" className="button-primary" disabled={generate.isPending} onClick={() => void generate.run()}>
          {t("adjustments.feedback.generate")}
        </button>
      </div>
      <ErrorAlert error={feedback.error ?? generate.error} />
      {feedback.data && feedback.data.items.length > 0 ? (
        <p role="status" data-testid="adjustments-unsigned">
          {unsigned.length === 0
            ? t("adjustments.feedback.allSigned")
            : t("adjustments.feedback.pending", { names: unsigned.map((u) => u.agentName).join(", ") })}
        </p>
      ) : null}
      {feedback.data ? <FeedbackTable items={feedback.data.items} /> : null}
    </section>
  );
}
