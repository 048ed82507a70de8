/**
 * The telephony port: what the dialer asks of a phone system and what it hears back. Adapters: the simulator
 * (deterministic, for tests and the demo); a real SIP adapter (baresip) and an Asterisk ARI adapter plug in here.
 */

export interface OriginateRequest {
  /** Our call id (dialer_calls.id): every event names it. */
  callId: string;
  /** The tenant the call belongs to, echoed back on every event. */
  tenantId: string;
  to: string;
  ringTimeoutSeconds: number;
}

/** How a call that never reached an agent ended, or how a bridged call ended (hangup). */
export type EndCause = "busy" | "no_answer" | "rejected" | "invalid" | "failed" | "hangup";

export type TelephonyEvent =
  | { type: "ringing"; callId: string; tenantId: string }
  | { type: "answered"; callId: string; tenantId: string; by: "human" | "machine" }
  | { type: "ended"; callId: string; tenantId: string; cause: EndCause };

export interface TelephonyPort {
  readonly name: string;
  originate(request: OriginateRequest): Promise<void>;
  /** Connects an answered call to the agent's line. */
  bridge(callId: string, agentUserId: string): Promise<void>;
  /** Plays the safe-harbour message on a dropped call, then hangs up. */
  playAndHangUp(callId: string, message: string): Promise<void>;
  hangUp(callId: string): Promise<void>;
  /** The dialer's handler of every event; one per port. */
  onEvent(handler: (event: TelephonyEvent) => Promise<void>): void;
  close(): Promise<void>;
}
