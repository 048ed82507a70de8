import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { type EligibleCall, qualityApi, runningScore, type Scorecard } from "../api/quality-api";

/**
 * The scorecard drawn from the catalog for one call: every checkpoint met or not, the running score beside it, and a
 * failed critical item saying that it zeroes the score. Submitted through the quality command, which scores again.
 */
export function ScoringForm({
  card,
  call,
  onDone,
  onCancel,
}: {
  card: Scorecard;
  call: EligibleCall;
  onDone: (score: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [comment, setComment] = useState("");
  const checkpoints = card.sections.flatMap((s) => s.checkpoints);
  const pending = checkpoints.filter((c) => answers[c.code] === undefined).length;
  const { score, criticalFailed } = runningScore(card, answers);
  const submit = useAsyncAction(async () => {
    const result = await qualityApi.monitor({
      callId: call.id,
      scorecardCode: card.code,
      answers,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    });
    onDone(result.score);
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  return (
    <form className="card stack" onSubmit={onSubmit} aria-labelledby="scoring-heading" data-testid="scoring-form">
      <h2 id="scoring-heading">{t("quality.score.title", { agent: call.agentName, customer: call.customerName })}</h2>
      <p className="muted">
        {t("quality.score.about", { card: card.name, at: format.dateTime(call.dialedAt), campaign: call.campaignName })}
      </p>
      {card.sections.map((section) => (
        <fieldset key={section.code} className="stack">
          <legend>{section.name}</legend>
          {section.checkpoints.map((checkpoint) => (
            <fieldset key={checkpoint.code} className="checkpoint">
              <legend>
                {checkpoint.label}{" "}
                <span className="muted">
                  {checkpoint.critical ? t("quality.score.critical") : t("quality.score.points", { points: checkpoint.points })}
                </span>
              </legend>
              <div className="button-row">
                {[true, false].map((met) => (
                  <label key={String(met)}>
                    <input
                      type="radio"
                      name={checkpoint.code}
                      checked={answers[checkpoint.code] === met}
                      onChange={() => setAnswers((a) => ({ ...a, [checkpoint.code]: met }))}
                      data-testid={`checkpoint-${checkpoint.code}-${met ? "met" : "failed"}`}
                    />{" "}
                    {met ? t("quality.score.met") : t("quality.score.failed")}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </fieldset>
      ))}
      <p className={criticalFailed ? "alert alert-error" : "indicator-figure"} data-testid="running-score" aria-live="polite">
        {criticalFailed
          ? t("quality.score.zeroed", { score: format.number(score) })
          : t("quality.score.running", { score: format.number(score) })}
      </p>
      {pending > 0 ? <p className="muted">{t("quality.score.pending", { count: pending })}</p> : null}
      <label className="field">
        <span>{t("quality.score.comment")}</span>
        <textarea value={comment} maxLength={4000} onChange={(e) => setComment(e.target.value)} data-testid="scoring-comment" />
      </label>
      <ErrorAlert error={submit.error} />
      <div className="button-row">
        <button type="submit" disabled={pending > 0 || submit.isPending} data-testid="scoring-submit">
          {t("quality.score.submit")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("quality.score.cancel")}
        </button>
      </div>
    </form>
  );
}
