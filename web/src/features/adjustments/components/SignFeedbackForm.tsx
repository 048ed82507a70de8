import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { adjustmentsApi, type MyFeedback } from "../api/adjustments-api";

/** The agent's improvement commitment and «estoy enterado», signed in the product. */
export function SignFeedbackForm({ feedback, onSigned }: { feedback: MyFeedback; onSigned: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [commitment, setCommitment] = useState("");
  const [acknowledged, setAcknowledged] = useState(false);
  const sign = useAsyncAction(async () => {
    await adjustmentsApi.signFeedback(feedback.id, { commitment, acknowledged });
    onSigned();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void sign.run();
  };
  return (
    <form className="stack card" onSubmit={submit} data-testid={`sign-feedback-${feedback.weekStart}`}>
      <p>
        {t("adjustments.feedback.week")} {format.date(feedback.weekStart)} · {t("adjustments.feedback.rejections")}:{" "}
        {feedback.rejections} · {t("adjustments.feedback.topCauses")}: {feedback.topCauses.join(", ")}
      </p>
      <ErrorAlert error={sign.error} />
      <label>
        {t("adjustments.mine.commitment")}
        <textarea value={commitment} onChange={(e) => setCommitment(e.target.value)} maxLength={4000} required />
      </label>
      <label>
        <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />
        {t("adjustments.mine.acknowledge")}
      </label>
      <button type="submit" className="button-primary" disabled={sign.isPending}>
        {t("adjustments.mine.sign")}
      </button>
    </form>
  );
}
