import { adaptDialLevel, dropPercent, linesToDial, type PacingMode, type PacingSettings } from "./pacing.js";

/**
 * A deterministic simulation of one shift of predictive dialing, second by second, for the pacing tests and
 * the benchmark: calls ring, some are answered by a person, an answered call finds a ready agent within the
 * drop seconds or is dropped, agents talk and wrap up. Pure: a seeded generator, no clock.
 * The customers are one seeded list dialled in order, each drawn whole when first dialled (answers or not, how long
 * it rings, how long they would talk): two pacing methods run with the same seed call the same customers, so what
 * differs between them is the pacing alone.
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
  /** Answered calls bridged to an agent: the conversations. */
  conversations: number;
  drops: number;
  dropPercent: number;
  /** Share of agent time spent talking. */
  occupancy: number;
  maxLevelSeen: number;
  /** The dial level averaged over the shift's seconds. */
  meanLevel: number;
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
  // The next customer of the list: always three draws, so the k-th customer is the same whatever the pacing.
  const nextCustomer = () => {
    const answers = random() < model.answerRate;
    const ring = 2 + Math.floor(random() * model.ringSeconds);
    const talk = Math.max(5, Math.round(-Math.log(1 - random()) * model.meanTalkSeconds));
    return { answers, ring, talk };
  };
  // Agents: seconds left busy (0 = ready).
  const busyUntil = new Array<number>(model.agents).fill(0);
  let ringing: Array<{ answersAt: number | null; endsAt: number; talk: number }> = [];
  // Answered calls waiting for an agent: when they were answered and how long the customer will talk.
  let waiting: Array<{ at: number; talk: number }> = [];
  let level = fixedLevel ?? 1;
  let calls = 0;
  let answered = 0;
  let conversations = 0;
  let drops = 0;
  let talkSeconds = 0;
  let maxLevelSeen = level;
  let levelSeconds = 0;
  const minute: Array<{ calls: number; drops: number; diff: number; agents: number }> = [];
  const [h0, m0] = model.startsAt.split(":").map(Number);

  for (let t = 0; t < model.seconds; t++) {
    // Calls whose ring ends: answered by a person or not.
    const still: typeof ringing = [];
    for (const call of ringing) {
      if (call.answersAt !== null && call.answersAt <= t) {
        answered++;
        waiting.push({ at: t, talk: call.talk });
      } else if (call.answersAt === null && call.endsAt <= t) {
        // no answer: nothing more
      } else still.push(call);
    }
    ringing = still;
    // Bridge waiting calls to ready agents; drop those waiting longer than the drop seconds.
    const keep: typeof waiting = [];
    for (const call of waiting) {
      const agent = busyUntil.findIndex((until) => until <= t);
      if (agent >= 0) {
        busyUntil[agent] = t + call.talk + model.wrapUpSeconds;
        talkSeconds += call.talk;
        conversations++;
      } else if (t - call.at >= model.dropCallSeconds) {
        drops++;
        const now = minute.at(-1);
        if (now) now.drops++;
      } else keep.push(call);
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

    levelSeconds += level;
    const toDial = linesToDial(
      mode,
      level,
      { readyAgents: ready, agentsOnCall: onCall, callsInFlight: ringing.length + waiting.length },
      settings.availableOnly,
    );
    for (let i = 0; i < toDial; i++) {
      calls++;
      current.calls++;
      const customer = nextCustomer();
      ringing.push(
        customer.answers
          ? { answersAt: t + customer.ring, endsAt: t + customer.ring, talk: customer.talk }
          : { answersAt: null, endsAt: t + model.ringSeconds, talk: 0 },
      );
    }
  }
  return {
    calls,
    answered,
    conversations,
    drops,
    dropPercent: dropPercent(drops, answered),
    occupancy: talkSeconds / (model.agents * model.seconds),
    maxLevelSeen,
    meanLevel: levelSeconds / model.seconds,
  };
}
