import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { FeedbackTable } from "../features/adjustments/components/FeedbackTable";
import { SignFeedbackForm } from "../features/adjustments/components/SignFeedbackForm";
import { useFormatters } from "../i18n/format";
import { ErrorAlert } from "../ui/ErrorAlert";
import { usePageTitle } from "../ui/use-page-title";

/** The front-office agent's own rejected adjustments, and the weekly feedback they sign. */
export function MyAdjustmentsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  usePageTitle(t("adjustments.mine.title"));
  const rejections = useApiQuery("/api/adjustments/my/rejections", { query: { pageSize: 100 } });
  const feedback = useApiQuery("/api/adjustments/my/feedback");
  const pending = (feedback.data ?? []).filter((f) => !f.isSigned);
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("adjustments.mine.title")}</h1>
      <ErrorAlert error={rejections.error ?? feedback.error} />
      <section aria-labelledby="my-feedback" className="stack">
        <h2 id="my-feedback">{t("adjustments.mine.feedback")}</h2>
        {pending.length === 0 ? <p>{t("adjustments.mine.noFeedback")}</p> : null}
        {pending.map((item) => (
          <SignFeedbackForm key={item.id} feedback={item} onSigned={feedback.reload} />
        ))}
        {feedback.data && feedback.data.length > pending.length ? (
          <FeedbackTable items={feedback.data.filter((f) => f.isSigned)} />
        ) : null}
      </section>
      {rejections.data && rejections.data.items.length === 0 ? <p>{t("adjustments.mine.empty")}</p> : null}
      {rejections.data && rejections.data.items.length > 0 ? (
        <table className="table" data-testid="my-rejections">
          <thead>
            <tr>
              <th>{t("adjustments.cut")}</th>
              <th>{t("adjustments.filingNumber")}</th>
              <th>{t("adjustments.customer")}</th>
              <th>{t("adjustments.cause")}</th>
              <th>{t("adjustments.requested")}</th>
              <th>{t("adjustments.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rejections.data.items.map((row) => (
              <tr key={row.id}>
                <td>{format.date(row.cutDate)}</td>
                <td>{row.filingNumber}</td>
                <td>
                  {row.account} · {row.customerName}
                </td>
                <td>{row.cause}</td>
                <td>{format.money(row.requestedAmount, "COP")}</td>
                <td>{t(`adjustments.statuses.${row.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
