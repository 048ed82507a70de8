import { AppError } from "../errors.js";
import { roleNameEs } from "../role-names.js";
import { decideStep, type Procedure, type StepRequest } from "./procedure.js";

/**
 * The state a step leads to, or the refusal as an AppError: FORBIDDEN when the step belongs to another
 * role, ILLEGAL_TRANSITION when it is out of order, STEP_NOT_ALLOWED when a guard refuses it. Every
 * refusal carries the Spanish reason and changes nothing (the command has written nothing yet).
 */
export function requireStep<State extends string, Step extends string, Facts>(
  procedure: Procedure<State, Step, Facts>,
  step: Step,
  request: StepRequest<State, Facts>,
): State {
  const decision = decideStep(procedure, step, request, roleNameEs);
  if (decision.allowed) return decision.to;
  const code = { wrong_role: "FORBIDDEN", out_of_order: "ILLEGAL_TRANSITION", guard: "STEP_NOT_ALLOWED" } as const;
  throw new AppError(code[decision.refusal], decision.reason, { step, state: request.state });
}
