/**
 * Predictive pacing, after VICIdial's AST_VDadapt (sub calculate_dial_level), as pure functions of windowed
 * statistics. No clock: the local time of day is passed.
 *
 * - suggested = level × (1 + (differential + diffTarget) ÷ avgAgents), the differential being ready agents
 *   minus waiting calls averaged over the last minute (positive: agents idle → dial more).
 * - The change is scaled by the intensity I: up × (1 + I/100), down × |I/100 − 1|.
 * - Clamped to [1.0, maxLevel].
 * - Emergency: more than `emergencyMinCalls` calls in the last minute with more than `emergencyDropShare` of
 *   them dropped → the level is halved.
 * - Drop-rate cap, once today has more than `minCallsForDropCap` calls: when drops ÷ answered today exceeds the
 *   target less the safety margin (0 in VICIdial; a margin keeps the day under the target rather than around it), hard_limit → 1.0, average → level ÷ 2, tapered → level × (shiftEnd − now)/1000 in HHMM (capped at
 *   1; 1.0 after the shift's end), as the code of AST_VDadapt does.
 */

export type DropMethod = "hard_limit" | "average" | "tapered";

export interface PacingSettings {
  maxLevel: number;
  targetDropPercent: number;
  /**
   * Percentage points below the target at which the drop-rate cap already acts (0 = VICIdial's behaviour, which
   * acts only once the target is exceeded and so runs slightly over it).
   */
  dropSafetyMargin: number;
  /** −1 aims at one agent always free, +1 at one call always waiting. */
  diffTarget: number;
  /** −40 … +40; 0 leaves the suggested change as it is. */
  intensity: number;
  dropMethod: DropMethod;
  /** "HH:MM": the shift's end, for the tapered method. */
  shiftEnd: string | null;
  minCallsForDropCap: number;
  emergencyMinCalls: number;
  emergencyDropShare: number;
  /** Count only ready agents (VICIdial's available_only_ratio_tally). */
  availableOnly: boolean;
}

export interface PacingStats {
  level: number;
  /** Average over the last minute of (ready agents − calls waiting for an agent). */
  differential: number;
  /** Average agents (ready + on call) over the last minute. */
  avgAgents: number;
  callsToday: number;
  answeredToday: number;
  dropsToday: number;
  callsLastMinute: number;
  dropsLastMinute: number;
  /** The local time of day, "HH:MM". */
  localTime: string;
}

export interface PacingDecision {
  level: number;
  reason: "no_agents" | "adapted" | "emergency_halved" | "drop_cap_hard_limit" | "drop_cap_average" | "drop_cap_tapered";
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const hhmm = (time: string) => {
  const [h, m] = time.split(":").map(Number);
  return h! * 100 + m!;
};

/** The drop rate in percent: drops ÷ answered calls (0 when nothing was answered). */
export function dropPercent(drops: number, answered: number): number {
  return answered === 0 ? 0 : (drops / answered) * 100;
}

/** The tapered rate: (shiftEnd − now) ÷ 1000 in HHMM form, capped at 1; 0 at or after the shift's end. */
export function taperedRate(shiftEnd: string, localTime: string): number {
  const left = hhmm(shiftEnd) - hhmm(localTime);
  return left <= 0 ? 0 : Math.min(1, left / 1000);
}

export function adaptDialLevel(stats: PacingStats, settings: PacingSettings): PacingDecision {
  const clamp = (n: number) => Math.max(1, Math.min(settings.maxLevel, round3(n)));
  if (stats.avgAgents <= 0) return { level: 1, reason: "no_agents" };

  const suggested = stats.level * (1 + (stats.differential + settings.diffTarget) / stats.avgAgents);
  const change = suggested - stats.level;
  const scaled = change > 0 ? change * (1 + settings.intensity / 100) : change * Math.abs(settings.intensity / 100 - 1);
  let level = clamp(stats.level + scaled);
  let reason: PacingDecision["reason"] = "adapted";

  if (
    stats.callsLastMinute > settings.emergencyMinCalls &&
    stats.dropsLastMinute / stats.callsLastMinute > settings.emergencyDropShare
  ) {
    level = clamp(level / 2);
    reason = "emergency_halved";
  }

  if (
    stats.callsToday > settings.minCallsForDropCap &&
    dropPercent(stats.dropsToday, stats.answeredToday) > settings.targetDropPercent - settings.dropSafetyMargin
  ) {
    if (settings.dropMethod === "hard_limit") return { level: 1, reason: "drop_cap_hard_limit" };
    if (settings.dropMethod === "average") return { level: clamp(level / 2), reason: "drop_cap_average" };
    const rate = settings.shiftEnd ? taperedRate(settings.shiftEnd, stats.localTime) : 0;
    return { level: rate === 0 ? 1 : clamp(level * rate), reason: "drop_cap_tapered" };
  }
  return { level, reason };
}

export type PacingMode = "preview" | "progressive" | "predictive";

export interface LineCounts {
  readyAgents: number;
  agentsOnCall: number;
  /** Calls dialled and not yet answered (ringing) or answered and waiting for an agent. */
  callsInFlight: number;
}

/**
 * How many new calls to place now. Preview: none (the agent dials the record they see). Progressive: one line
 * per ready agent. Predictive: level × agents counted, less the calls already up (VICIdial's auto-dial tally).
 */
export function linesToDial(mode: PacingMode, level: number, counts: LineCounts, availableOnly: boolean): number {
  if (mode === "preview") return 0;
  if (mode === "progressive") return Math.max(0, counts.readyAgents - counts.callsInFlight);
  if (availableOnly) return Math.max(0, Math.floor(level * counts.readyAgents + 1e-9) - counts.callsInFlight);
  const agents = counts.readyAgents + counts.agentsOnCall;
  return Math.max(0, Math.floor(level * agents + 1e-9) - counts.callsInFlight - counts.agentsOnCall);
}
