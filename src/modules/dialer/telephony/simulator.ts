import type { EndCause, OriginateRequest, TelephonyEvent, TelephonyPort } from "./port.js";

/** What a simulated customer does when called. */
export type SimulatedBehaviour = "answer" | "machine" | "busy" | "no_answer" | "rejected" | "invalid" | "fail";

/**
 * The default script: the number's last digit decides, so a list always behaves the same way.
 * 0–5 answer, 6 busy, 7 no answer, 8 answering machine, 9 invalid number.
 */
export function behaviourByLastDigit(phone: string): SimulatedBehaviour {
  const digit = Number(phone.at(-1));
  if (digit <= 5) return "answer";
  return (["busy", "no_answer", "machine", "invalid"] as const)[digit - 6]!;
}

const END_OF: Record<Exclude<SimulatedBehaviour, "answer" | "machine">, EndCause> = {
  busy: "busy",
  no_answer: "no_answer",
  rejected: "rejected",
  invalid: "invalid",
  fail: "failed",
};

/**
 * A deterministic phone system. In `manual` mode events wait in a queue until `drain()` delivers them in order
 * (tests); in `timed` mode each is delivered after a short delay (the demo). It records what the dialer asked.
 */
export class SimulatedTelephony implements TelephonyPort {
  readonly name = "simulator";
  readonly originated: OriginateRequest[] = [];
  readonly bridged: Array<{ callId: string; agentUserId: string }> = [];
  readonly messages: Array<{ callId: string; message: string }> = [];
  private handler: ((event: TelephonyEvent) => Promise<void>) | null = null;
  private queue: TelephonyEvent[] = [];
  private readonly live = new Map<string, OriginateRequest>();
  private timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly options: {
      mode: "manual" | "timed";
      behaviour?: (phone: string) => SimulatedBehaviour;
      /** Timed mode: ms from dial to ringing, and from ringing to answer or end. */
      ringMs?: number;
      answerMs?: number;
    },
  ) {}

  onEvent(handler: (event: TelephonyEvent) => Promise<void>): void {
    this.handler = handler;
  }

  private emit(event: TelephonyEvent, delayMs = 0): void {
    if (this.closed) return;
    if (this.options.mode === "manual") {
      this.queue.push(event);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.handler?.(event).catch(() => undefined);
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  async originate(request: OriginateRequest): Promise<void> {
    this.originated.push(request);
    const behaviour = (this.options.behaviour ?? behaviourByLastDigit)(request.to);
    const base = { callId: request.callId, tenantId: request.tenantId };
    const ring = this.options.ringMs ?? 800;
    const answer = ring + (this.options.answerMs ?? 2500);
    if (behaviour === "fail") {
      this.emit({ ...base, type: "ended", cause: "failed" }, ring);
      return;
    }
    if (behaviour === "invalid") {
      this.emit({ ...base, type: "ended", cause: "invalid" }, ring);
      return;
    }
    this.emit({ ...base, type: "ringing" }, ring);
    if (behaviour === "answer" || behaviour === "machine") {
      this.live.set(request.callId, request);
      this.emit({ ...base, type: "answered", by: behaviour === "answer" ? "human" : "machine" }, answer);
    } else {
      this.emit({ ...base, type: "ended", cause: END_OF[behaviour] }, answer);
    }
  }

  async bridge(callId: string, agentUserId: string): Promise<void> {
    this.bridged.push({ callId, agentUserId });
  }

  async playAndHangUp(callId: string, message: string): Promise<void> {
    this.messages.push({ callId, message });
    this.live.delete(callId);
  }

  async hangUp(callId: string): Promise<void> {
    const call = this.live.get(callId);
    if (!call) return;
    this.live.delete(callId);
    this.emit({ type: "ended", callId, tenantId: call.tenantId, cause: "hangup" });
  }

  /** The customer hangs up (a bridged call ends from their side). */
  customerHangsUp(callId: string): void {
    const call = this.live.get(callId);
    if (!call) return;
    this.live.delete(callId);
    this.emit({ type: "ended", callId, tenantId: call.tenantId, cause: "hangup" });
  }

  /** Manual mode: delivers every queued event, in order, including those the handlers cause. Returns how many. */
  async drain(): Promise<number> {
    let delivered = 0;
    while (this.queue.length > 0) {
      const event = this.queue.shift()!;
      await this.handler?.(event);
      delivered++;
    }
    return delivered;
  }

  /** Manual mode: delivers queued events one at a time (a test that looks between steps). */
  async step(): Promise<TelephonyEvent | undefined> {
    const event = this.queue.shift();
    if (event) await this.handler?.(event);
    return event;
  }

  pending(): readonly TelephonyEvent[] {
    return this.queue;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.queue = [];
  }
}
