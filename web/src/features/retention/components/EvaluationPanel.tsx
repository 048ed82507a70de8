import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { TableScroll } from "../../../ui/TableScroll";
import { type EvaluationView, retentionApi } from "../api/retention-api";

/** Step 15: results per month, team, branch and offer, and commercial management's decision (feedback or reformulation). */
export function EvaluationPanel({
  view,
  month,
  canEvaluate,
  onSaved,
}: {
  view: EvaluationView;
  month: string;
  canEvaluate: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const notesId = useId();
  const decisionId = useId();
  const [decision, setDecision] = useState<"feedback" | "reformulate">("feedback");
  const [notes, setNotes] = useState("");
  const save = useAsyncAction(async () => {
    await retentionApi.evaluate(month, decision, notes);
    setNotes("");
    onSaved();
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void save.run();
  }
  return (
    <section className="card stack" aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">{t("retention.evaluation.title")}</h2>
      <TableScroll>
        <table className="compact" data-testid="evaluation-results">
          <thead>
            <tr>
              <th scope="col">{t("retention.evaluation.month")}</th>
              <th scope="col">{t("retention.evaluation.team")}</th>
              <th scope="col">{t("retention.evaluation.branch")}</th>
              <th scope="col">{t("retention.evaluation.offer")}</th>
              <th scope="col">{t("retention.evaluation.closed")}</th>
              <th scope="col">{t("retention.evaluation.retained")}</th>
              <th scope="col">{t("retention.evaluation.cancelled")}</th>
            </tr>
          </thead>
          <tbody>
            {view.results.map((row) => (
              <tr key={`${row.month}/${row.team}/${row.branch}/${row.offerCode}`}>
                <td>{format.month(row.month)}</td>
                <td>{row.team}</td>
                <td>{t(`retention.branches.${row.branch}`)}</td>
                <td>{row.offerLabel ?? t("common.none")}</td>
                <td className="numeric">{row.closed}</td>
                <td className="numeric">{row.retained}</td>
                <td className="numeric">{row.cancelled}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {canEvaluate ? (
        <form className="stack" onSubmit={submit}>
          <h3>{t("retention.evaluation.formTitle", { month: format.month(month) })}</h3>
          <div className="field inline-field">
            <label htmlFor={decisionId}>{t("retention.evaluation.decision")}</label>
            <select
              id={decisionId}
              value={decision}
              onChange={(event) => setDecision(event.target.value as "feedback" | "reformulate")}
            >
              <option value="feedback">{t("retention.evaluation.decisions.feedback")}</option>
              <option value="reformulate">{t("retention.evaluation.decisions.reformulate")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={notesId}>{t("retention.evaluation.notes")}</label>
            <textarea
              id={notesId}
              rows={3}
              maxLength={4000}
              value={notes}
              data-testid="evaluation-notes"
              onChange={(event) => setNotes(event.target.value)}
            />
          </div>
          <ErrorAlert error={save.error} />
          <div className="button-row">
            <button
              type="submit"
              className="button-primary"
              disabled={save.isPending || !notes.trim()}
              data-testid="evaluation-save"
            >
              {t("retention.evaluation.save")}
            </button>
          </div>
        </form>
      ) : null}
      <h3>{t("retention.evaluation.history")}</h3>
      <ul className="stack" data-testid="evaluation-history">
        {view.evaluations.map((evaluation) => (
          <li key={evaluation.id}>
            <strong>{format.month(evaluation.month)}</strong> · {t(`retention.evaluation.decisions.${evaluation.decision}`)} ·{" "}
            <span className="muted">
              {evaluation.createdByName ?? t("common.none")}, {format.dateTime(evaluation.createdAt)}
            </span>
            <p>{evaluation.notes}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
