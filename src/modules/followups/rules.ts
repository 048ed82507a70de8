/** Follow-up decisions, pure: which answers each kind needs, and what the system measures for the 30-day check. */
import type { FollowUpKind } from "./procedure.js";

export interface FollowUpAnswers {
  serviceWorking?: boolean;
  customerSatisfied?: boolean;
  damageSolved?: boolean;
  customerStays?: boolean;
  note?: string;
}

/** The yes/no questions each kind asks its team, in Spanish. */
export const FOLLOW_UP_QUESTIONS: Record<FollowUpKind, Array<{ key: keyof FollowUpAnswers; label: string }>> = {
  quality_control: [
    { key: "serviceWorking", label: "¿Los servicios quedaron funcionando en su totalidad?" },
    { key: "customerSatisfied", label: "¿El cliente está satisfecho con la atención?" },
  ],
  repeated_damage_check: [{ key: "damageSolved", label: "¿El daño reiterado quedó solucionado?" }],
  promotion_ending: [{ key: "customerStays", label: "¿El cliente continúa con el servicio al terminar la promoción?" }],
};

export const FOLLOW_UP_LABELS: Record<FollowUpKind, string> = {
  quality_control: "Control de calidad a los 2 días (paso 9)",
  repeated_damage_check: "Control de daños reiterados a los 30 días (paso 10)",
  promotion_ending: "Fin de la promoción",
};

/** The missing answers of a kind, as a Spanish sentence, or null when every question is answered. */
export function answersProblem(kind: FollowUpKind, answers: FollowUpAnswers): string | null {
  const missing = FOLLOW_UP_QUESTIONS[kind].filter((question) => typeof answers[question.key] !== "boolean");
  if (missing.length === 0) return null;
  return `Falta responder: ${missing.map((question) => question.label).join(" ")}`;
}

/** What the system measured for the repeated-damage check: still a customer, and new claims on the product since the service. */
export interface MeasuredFacts {
  stillCustomer: boolean;
  newClaimCodes: string[];
}

/** The outcome stored on a done follow-up: the team's answers, and for product follow-ups what the system measured. */
export function followUpOutcome(kind: FollowUpKind, answers: FollowUpAnswers, measured: MeasuredFacts | null) {
  const picked: Record<string, unknown> = {};
  for (const question of FOLLOW_UP_QUESTIONS[kind]) picked[question.key] = answers[question.key];
  return {
    ...picked,
    note: answers.note?.trim() || null,
    ...(measured
      ? {
          stillCustomer: measured.stillCustomer,
          newClaim: measured.newClaimCodes.length > 0,
          newClaimCodes: measured.newClaimCodes,
        }
      : {}),
  };
}
