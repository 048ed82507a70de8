/**
 * The one mechanism every seed procedure is written in: a typed transition table. A procedure names
 * its states and its steps; each step says from which states it may be taken, where it leads, which
 * roles of the seed take it, and the guard that must hold. Commands ask `decideStep` before changing
 * anything and the UI asks `explainSteps` to show what can be done next and why not.
 *
 * Pure: no I/O, no clock. `facts` is whatever the guards need, gathered by the command.
 */

export interface StepDefinition<State extends string, Facts> {
  /** Spanish label of the step, as the seed words it ("Genera orden de trabajo"). */
  label: string;
  /** The seed's step number(s), for the timeline and the docs ("5", "9.1"). */
  seedStep?: string;
  from: readonly State[];
  /** The state it leads to; a function when the step branches on the facts. */
  to: State | ((facts: Facts) => State);
  /** Role codes (catalogs/roles.json) that may take the step. "system" is the timers and jobs. */
  roles: readonly string[];
  /** Spanish reason the step cannot be taken with these facts, or null when it can. */
  guard?: (facts: Facts) => string | null;
}

export interface Procedure<State extends string, Step extends string, Facts> {
  /**
   * The procedure's code: the screens name its steps and states by `<code>.<step>` in their own
   * language (web/src/i18n/labels, `procedureSteps` and `procedureStates`), the Spanish labels here being
   * what the CLI, the timeline and the docs say.
   */
  code: string;
  /** Spanish name of the procedure. */
  name: string;
  states: Record<State, { label: string; isFinal?: boolean }>;
  steps: Record<Step, StepDefinition<State, Facts>>;
}

export type StepRefusal = "wrong_role" | "out_of_order" | "guard";

export type StepDecision<State extends string> =
  | { allowed: true; to: State }
  | { allowed: false; refusal: StepRefusal; reason: string };

export interface StepRequest<State extends string, Facts> {
  state: State;
  /** The acting user's role codes. */
  roles: readonly string[];
  facts: Facts;
}

/** Declares a procedure with its types inferred; checks that every step names only declared states. */
export function defineProcedure<State extends string, Step extends string, Facts>(
  procedure: Procedure<State, Step, Facts>,
): Procedure<State, Step, Facts> {
  for (const [code, step] of Object.entries(procedure.steps) as Array<[Step, StepDefinition<State, Facts>]>) {
    for (const from of step.from) {
      if (!(from in procedure.states))
        throw new Error(`${procedure.name}: el paso ${code} parte de un estado no declarado ${from}`);
    }
    if (typeof step.to === "string" && !(step.to in procedure.states)) {
      throw new Error(`${procedure.name}: el paso ${code} lleva a un estado no declarado ${step.to}`);
    }
    if (step.roles.length === 0) throw new Error(`${procedure.name}: el paso ${code} no declara quién lo realiza`);
  }
  return procedure;
}

function roleNames(roles: readonly string[], roleLabel: (role: string) => string): string {
  const names = roles.map(roleLabel);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} o ${names.at(-1)}`;
}

/**
 * Whether `step` may be taken now, and where it leads. Checked in the order a person would want to
 * hear it: the step is not theirs to take; it is not the moment for it; the facts do not allow it.
 */
export function decideStep<State extends string, Step extends string, Facts>(
  procedure: Procedure<State, Step, Facts>,
  step: Step,
  request: StepRequest<State, Facts>,
  roleLabel: (role: string) => string = (role) => role,
): StepDecision<State> {
  const definition = procedure.steps[step];
  if (!definition.roles.some((role) => request.roles.includes(role))) {
    return {
      allowed: false,
      refusal: "wrong_role",
      reason: `«${definition.label}» lo realiza ${roleNames(definition.roles, roleLabel)}`,
    };
  }
  if (!definition.from.includes(request.state)) {
    const stateLabel = procedure.states[request.state]?.label ?? request.state;
    return {
      allowed: false,
      refusal: "out_of_order",
      reason: `«${definition.label}» no se puede realizar con el caso en estado «${stateLabel}»`,
    };
  }
  const problem = definition.guard?.(request.facts) ?? null;
  if (problem) return { allowed: false, refusal: "guard", reason: problem };
  const to = typeof definition.to === "function" ? definition.to(request.facts) : definition.to;
  return { allowed: true, to };
}

export interface StepExplanation<Step extends string> {
  /** The procedure's code: with `step`, the key of the step's name in the user's language. */
  procedure: string;
  step: Step;
  label: string;
  seedStep?: string;
  allowed: boolean;
  /** Spanish: what the CLI and older callers show. */
  reason: string | null;
  /**
   * Why not, as a code with its parameters, so a screen words it in the user's language: `wrong_role`
   * names the roles that take the step, `out_of_order` the state the case is in; `guard` has only the
   * Spanish `reason` (the guard's own words).
   */
  refusal: StepRefusal | null;
  roles: string[];
  state: string;
}

/**
 * Every step that leaves the current state, with whether this actor may take it now and, if not, why:
 * what the UI shows beside each button so that nothing is unavailable without a reason.
 */
export function explainSteps<State extends string, Step extends string, Facts>(
  procedure: Procedure<State, Step, Facts>,
  request: StepRequest<State, Facts>,
  roleLabel?: (role: string) => string,
): Array<StepExplanation<Step>> {
  return (Object.keys(procedure.steps) as Step[])
    .filter((step) => procedure.steps[step].from.includes(request.state))
    .map((step) => {
      const decision = decideStep(procedure, step, request, roleLabel);
      const definition = procedure.steps[step];
      return {
        procedure: procedure.code,
        step,
        label: definition.label,
        seedStep: definition.seedStep,
        allowed: decision.allowed,
        reason: decision.allowed ? null : decision.reason,
        refusal: decision.allowed ? null : decision.refusal,
        roles: [...definition.roles],
        state: request.state,
      };
    });
}

/** Whether the procedure has nothing more to do in this state. */
export function isFinalState<State extends string>(
  procedure: { states: Procedure<State, string, never>["states"] },
  state: State,
): boolean {
  return procedure.states[state].isFinal === true;
}
