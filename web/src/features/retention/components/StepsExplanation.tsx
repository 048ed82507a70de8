import { useTranslation } from "react-i18next";
import { stepLabel, stepReason } from "../../../i18n/steps";
import type { StepExplanation } from "../api/retention-api";

/** Every step that leaves the case's state, and why each is or is not available to this user now. */
export function StepsExplanation({ steps }: { steps: StepExplanation[] }) {
  const { t, i18n } = useTranslation();
  if (steps.length === 0) return null;
  return (
    <details className="steps-explanation" open>
      <summary>{t("retention.whyTitle")}</summary>
      <ul data-testid="steps-explanation">
        {steps.map((step) => (
          <li key={step.step} className={step.allowed ? "step-allowed" : "step-blocked"}>
            <strong>
              {step.seedStep ? t("retention.stepNumber", { number: step.seedStep }) : null} {stepLabel(t, step)}
            </strong>
            {step.allowed ? null : <span className="muted"> — {stepReason(t, i18n.language, step)}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
