import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { ATTEMPT_RESULTS, type AttemptResult, type CaseDetail, recordAttempt } from "../api/cases-api";

interface AttemptFormProps {
  detail: CaseDetail;
  onRecorded: (outcome: "none" | "no_answer" | "hand_off") => void;
}

/** One contact attempt: the number dialled and what happened. Unanswered ones are dispositioned by the system. */
export function AttemptForm({ detail, onRecorded }: AttemptFormProps) {
  const { t } = useTranslation();
  const numberId = useId();
  const resultId = useId();
  const [number, setNumber] = useState(detail.customerPhone ?? "");
  const [result, setResult] = useState<AttemptResult>("answered");
  const action = useAsyncAction(async () => {
    const recorded = await recordAttempt(detail.id, { dialledNumber: number, result, expectedVersion: detail.version });
    onRecorded(recorded.outcome);
    return recorded;
  });

  if (detail.refusals.attempt) {
    return (
      <p className="alert alert-warning" role="status" data-testid="attempt-refused">
        {detail.refusals.attempt}
      </p>
    );
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void action.run();
  }
  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby="attempt-heading">
      <h2 id="attempt-heading">{t("dispositions.attemptTitle", { n: detail.attempts + 1 })}</h2>
      <div className="field">
        <label htmlFor={numberId}>{t("dispositions.dialledNumber")}</label>
        <input
          id={numberId}
          data-testid="attempt-number"
          type="tel"
          required
          minLength={3}
          maxLength={30}
          value={number}
          onChange={(event) => setNumber(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={resultId}>{t("dispositions.attemptResult")}</label>
        <select
          id={resultId}
          data-testid="attempt-result"
          value={result}
          onChange={(event) => setResult(ATTEMPT_RESULTS.find((r) => r === event.target.value) ?? "answered")}
        >
          {ATTEMPT_RESULTS.map((code) => (
            <option key={code} value={code}>
              {t(`dispositions.results.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">{t("dispositions.attemptHint", { max: detail.maxUnansweredAttempts })}</p>
      <ErrorAlert error={action.error} />
      <div className="button-row">
        <button type="submit" className="button-secondary" data-testid="attempt-submit" disabled={action.isPending}>
          {t("dispositions.recordAttempt")}
        </button>
      </div>
    </form>
  );
}
