/**
 * Staffing what-if by Erlang C (M/M/c), as in docs/research next-procedures §4: traffic A = calls × AHT ÷
 * interval, P(wait) = EC(N, A), service level = 1 − P(wait)·e^(−(N−A)·T/AHT), ASA = P(wait)·AHT ÷ (N−A),
 * occupancy = A ÷ N, rostered = ⌈N ÷ (1 − shrinkage)⌉. Pure: no I/O, no clock.
 */

export interface StaffingInput {
  /** Calls offered in the interval. */
  calls: number;
  /** Interval length in seconds (1800 for half an hour). */
  intervalSeconds: number;
  /** Average handle time in seconds. */
  handleTimeSeconds: number;
  /** Service-level target: this share (0–1) of calls answered within `answerWithinSeconds`. */
  serviceLevelTarget: number;
  answerWithinSeconds: number;
  /** Share (0–1) of rostered time not on the phones: absenteeism, breaks, training. */
  shrinkage: number;
  /** Highest occupancy (0–1) accepted; 1 when there is none. */
  maxOccupancy?: number;
}

export interface StaffingPlan {
  trafficErlangs: number;
  /** Agents on the phones needed to meet the service level (and the occupancy cap). */
  agents: number;
  /** Agents to roster once shrinkage takes its share. */
  rostered: number;
  serviceLevel: number;
  waitProbability: number;
  averageSpeedOfAnswerSeconds: number;
  occupancy: number;
}

/** Offered traffic in Erlangs. */
export function trafficErlangs(calls: number, handleTimeSeconds: number, intervalSeconds: number): number {
  return (calls * handleTimeSeconds) / intervalSeconds;
}

/**
 * The probability that a call waits, EC(N, A). Computed through the Erlang B recursion, which stays exact
 * where the textbook form's A^N ÷ N! overflows; 1 when the agents cannot carry the traffic (N ≤ A).
 */
export function waitProbability(agents: number, traffic: number): number {
  if (traffic <= 0) return 0;
  if (agents <= traffic) return 1;
  let blocking = 1;
  for (let k = 1; k <= agents; k++) blocking = (traffic * blocking) / (k + traffic * blocking);
  return (agents * blocking) / (agents - traffic * (1 - blocking));
}

/** Share of calls answered within `answerWithinSeconds` with `agents` on the phones. */
export function serviceLevel(agents: number, traffic: number, handleTimeSeconds: number, answerWithinSeconds: number): number {
  if (traffic <= 0) return 1;
  if (agents <= traffic) return 0;
  return 1 - waitProbability(agents, traffic) * Math.exp((-(agents - traffic) * answerWithinSeconds) / handleTimeSeconds);
}

/** Why a what-if cannot be computed, in Spanish (null when the input is usable). */
export function staffingInputProblem(input: StaffingInput): string | null {
  if (!(input.calls >= 0) || !Number.isFinite(input.calls))
    return "El volumen de llamadas debe ser un número mayor o igual a cero";
  if (!(input.intervalSeconds > 0)) return "El intervalo debe durar más de cero segundos";
  if (!(input.handleTimeSeconds > 0)) return "El tiempo medio de atención debe ser mayor que cero segundos";
  if (!(input.serviceLevelTarget > 0 && input.serviceLevelTarget < 1))
    return "El nivel de servicio objetivo debe estar entre 0 % y 100 %, sin incluirlos";
  if (!(input.answerWithinSeconds >= 0)) return "El tiempo de respuesta objetivo no puede ser negativo";
  if (!(input.shrinkage >= 0 && input.shrinkage < 1)) return "El shrinkage debe estar entre 0 % y menos de 100 %";
  const cap = input.maxOccupancy ?? 1;
  if (!(cap > 0 && cap <= 1)) return "La ocupación máxima debe estar entre 0 % y 100 %";
  return null;
}

// Beyond this the question is not a what-if for one campaign; it also bounds the search loop.
const MAX_AGENTS = 100_000;

/**
 * The fewest agents that meet the service level (and keep occupancy at or under the cap), and what they
 * give. Throws the Spanish reason when the input cannot be sized.
 */
export function staffingPlan(input: StaffingInput): StaffingPlan {
  const problem = staffingInputProblem(input);
  if (problem) throw new RangeError(problem);
  const traffic = trafficErlangs(input.calls, input.handleTimeSeconds, input.intervalSeconds);
  const cap = input.maxOccupancy ?? 1;
  let agents = Math.max(1, Math.floor(traffic) + 1);
  while (
    agents <= MAX_AGENTS &&
    (serviceLevel(agents, traffic, input.handleTimeSeconds, input.answerWithinSeconds) < input.serviceLevelTarget ||
      traffic / agents > cap)
  )
    agents++;
  if (agents > MAX_AGENTS)
    throw new RangeError(`Harían falta más de ${MAX_AGENTS} asesores: revise el volumen y el tiempo de atención`);
  const wait = waitProbability(agents, traffic);
  return {
    trafficErlangs: traffic,
    agents,
    rostered: rosteredStaff(agents, input.shrinkage),
    serviceLevel: serviceLevel(agents, traffic, input.handleTimeSeconds, input.answerWithinSeconds),
    waitProbability: wait,
    averageSpeedOfAnswerSeconds: traffic > 0 ? (wait * input.handleTimeSeconds) / (agents - traffic) : 0,
    occupancy: traffic / agents,
  };
}

/**
 * Agents to roster so that `agents` remain after shrinkage: ⌈N ÷ (1 − s)⌉. The quotient is rounded to
 * 9 decimals first, since 21 ÷ (1 − 0.3) is 30.000000000000004 in floating point and must roster 30, not 31.
 */
export function rosteredStaff(agents: number, shrinkage: number): number {
  return Math.ceil(Number((agents / (1 - shrinkage)).toFixed(9)));
}
