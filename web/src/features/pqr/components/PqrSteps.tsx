import { useTranslation } from "react-i18next";
import { stepLabel, stepReason } from "../../../i18n/steps";
import type { PqrDetail } from "../api/pqr-api";
import { AnswerForm, AppealForm, AuthorityDecisionForm, DecisionForm, ForwardForm, NoteForm } from "./StepForms";

/** What can be done next on the PQR: a form for each step the user may take, the reason beside the others. */
export function PqrSteps({ pqr, onDone }: { pqr: PqrDetail; onDone: (pqr: PqrDetail) => void }) {
  const { t, i18n } = useTranslation();
  if (pqr.nextSteps.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="pqr-steps-heading">
      <h2 id="pqr-steps-heading">{t("pqr.nextSteps")}</h2>
      {pqr.nextSteps.map((step) => (
        <div key={step.step} className="stack" data-testid={`pqr-step-${step.step}`}>
          <h3>{stepLabel(t, step)}</h3>
          {!step.allowed ? (
            <p className="muted">{stepReason(t, i18n.language, step)}</p>
          ) : step.step === "answer" ? (
            <AnswerForm pqr={pqr} onDone={onDone} />
          ) : step.step === "file_appeal" ? (
            <AppealForm pqr={pqr} onDone={onDone} />
          ) : step.step === "decide_reconsideration" ? (
            <DecisionForm pqr={pqr} onDone={onDone} />
          ) : step.step === "forward_to_authority" ? (
            <ForwardForm pqr={pqr} onDone={onDone} />
          ) : step.step === "record_authority_decision" ? (
            <AuthorityDecisionForm pqr={pqr} onDone={onDone} />
          ) : step.step === "grant_silence" || step.step === "desist" ? (
            <NoteForm pqr={pqr} step={step.step} onDone={onDone} />
          ) : null}
        </div>
      ))}
    </section>
  );
}
