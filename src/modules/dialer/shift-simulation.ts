import { adaptDialLevel, dropPercent, linesToDial, type PacingMode, type PacingSettings } from "./pacing.js";

/**
 * A deterministic simulation of one shift of predictive dialing, second by second, for the pacing tests and
 * the benchmark: calls ring, some are answered by a person, an answered call finds a ready agent within the
 * drop seconds or is dropped, agents talk and wrap up. Pure: a seeded generator, no clock.
 */

export interface ShiftModel {
  agents: number;
  seconds: number;
  /** Share of calls a person answers. */
  answerRate: number;
  ringSeconds: number;
  meanTalkSeconds: number;
  wrapUpSeconds: number;
  dropCallSeconds: number;
  recomputeSeconds: number;
  /** "HH:MM" of the shift's start (the tapered method reads the time of day). */
  startsAt: string;
  seed: number;
}

export interface ShiftResult {
  calls: number;
  answered: number;
  drops: number;
  dropPercent: number;
  /** Share of agent time spent talking. */
  occupancy: number;
  maxLevelSeen: number;
}

/** Mulberry32: a small seeded generator, so every run of a test or bench is the same. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function simulateShift(
  model: ShiftModel,
  mode: PacingMode,
  settings: PacingSettings,
  fixedLevel: number | null = null,
): ShiftResult {
  const random = seededRandom(model.seed);
  // Agents: seconds left busy (0 = ready).
  const busyUntil = new Array<number>(model.agents).fill(0);
  let ringing: Array<{ answersAt: number | null; endsAt: number }> = [];
  let waiting: number[] = []; // answer times of answered calls waiting for an agent
  let level = fixedLevel ?? 1;
  let calls = 0;
  let answered = 0;
  let drops = 0;
  let talkSeconds = 0;
  let maxLevelSeen = level;
  const minute: Array<{ calls: number; drops: number; diff: number; agents: number }> = [];
  const [h0, m0] = model.startsAt.split(":").map(Number);

  for (let t = 0; t < model.seconds; t++) {
    // Calls whose ring ends: answered by a person or not.
    const still: typeof ringing = [];
    for (const call of ringing) {
      if (call.answersAt !== null && call.answersAt <= t) {
        answered++;
        waiting.push(t);
      } else if (call.answersAt === null && call.endsAt <= t) {
        // no answer: nothing more
      } else still.push(call);
    }
    ringing = still;
    // Bridge waiting calls to ready agents; drop those waiting longer than the drop seconds.
    const keep: number[] = [];
    for (const at of waiting) {
      const agent = busyUntil.findIndex((until) => until <= t);
      if (agent >= 0) {
        const talk = Math.max(5, Math.round(-Math.log(1 - random()) * model.meanTalkSeconds));
        busyUntil[agent] = t + talk + model.wrapUpSeconds;
        talkSeconds += talk;
      } else if (t - at >= model.dropCallSeconds) {
        drops++;
        const now = minute.at(-1);
        if (now) now.drops++;
      } else keep.push(at);
    }
    waiting = keep;

    const ready = busyUntil.filter((until) => until <= t).length;
    const onCall = model.agents - ready;
    if (t % 60 === 0) minute.push({ calls: 0, drops: 0, diff: 0, agents: 0 });
    const current = minute[minute.length - 1]!;
    current.diff += (ready - waiting.length) / 60;
    current.agents += model.agents / 60;

    if (fixedLevel === null && t > 0 && t % model.recomputeSeconds === 0) {
      const last = minute.length > 1 ? minute[minute.length - 2]! : current;
      const clock = (h0! * 60 + m0! + Math.floor(t / 60)) % 1440;
      const decision = adaptDialLevel(
        {
          level,
          differential: last.diff,
          avgAgents: Math.max(1, last.agents),
          callsToday: calls,
          answeredToday: answered,
          dropsToday: drops,
          callsLastMinute: last.calls,
          dropsLastMinute: last.drops,
          localTime: `${String(Math.floor(clock / 60)).padStart(2, "0")}:${String(clock % 60).padStart(2, "0")}`,
        },
        settings,
      );
      level = decision.level;
      maxLevelSeen = Math.max(maxLevelSeen, level);
    }

    const toDial = linesToDial(
      mode,
      level,
      { readyAgents: ready, agentsOnCall: onCall, callsInFlight: ringing.length + waiting.length },
      settings.availableOnly,
    );
    for (let i = 0; i < toDial; i++) {
      calls++;
      current.calls++;
      const ring = 2 + Math.floor(random() * model.ringSeconds);
      ringing.push(
        random() < model.answerRate
          ? { answersAt: t + ring, endsAt: t + ring }
          : { answersAt: null, endsAt: t + model.ringSeconds },
      );
    }
  }
  return {
    calls,
    answered,
    drops,
    dropPercent: dropPercent(drops, answered),
    occupancy: talkSeconds / (model.agents * model.seconds),
    maxLevelSeen,
  };
}
