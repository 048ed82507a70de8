import type { TFunction } from "i18next";

// No relative imports: the tests import this file under Node's module resolution (labels in LABEL_GROUPS).

/** A step of a procedure as the API explains it (src/platform/procedure/schema.ts). */
export interface ExplainedStep {
  procedure: string;
  step: string;
  label: string;
  allowed: boolean;
  reason: string | null;
  refusal: "wrong_role" | "out_of_order" | "guard" | null;
  roles: string[];
  state: string;
}

/** The name of a procedure's step in the user's language. */
export function stepLabel(t: TFunction, step: Pick<ExplainedStep, "procedure" | "step" | "label">): string {
  return t(`procedureSteps.${step.procedure}.${step.step}`, { defaultValue: step.label });
}

/** The name of a procedure's state («Cliente retenido» / «Customer retained»). */
export function procedureStateLabel(t: TFunction, procedure: string, state: string): string {
  return t(`procedureStates.${procedure}.${state}`, { defaultValue: state });
}

/**
 * Why a step cannot be taken, in the user's language: who takes it, or the state that does not allow it,
 * worded from the refusal's code; a guard's own reason is the server's words.
 */
export function stepReason(t: TFunction, language: string, step: ExplainedStep): string | null {
  if (step.allowed) return null;
  const name = stepLabel(t, step);
  if (step.refusal === "wrong_role") {
    const roles = step.roles.map((role) => t(`roles.${role}`, { defaultValue: role }));
    const list = new Intl.ListFormat(language, { type: "disjunction" }).format(roles);
    return t("procedureRefusals.wrong_role", { step: name, roles: list });
  }
  if (step.refusal === "out_of_order") {
    return t("procedureRefusals.out_of_order", { step: name, state: procedureStateLabel(t, step.procedure, step.state) });
  }
  return step.reason;
}
