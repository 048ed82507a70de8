import type { CommandContext } from "../context.js";

/** The outside systems a module may send messages to (their Spanish names are the integrations module's). */
export const ADAPTERS = ["billing", "field_service", "provisioning", "authority"] as const;
export type AdapterName = (typeof ADAPTERS)[number];

/** One message of the outbox, as a hook sees it. */
export interface OutboundRow {
  id: string;
  number: number;
  adapter: AdapterName;
  operation: string;
  idempotency_key: string;
  subject_type: string;
  subject_id: string;
  customer_id: string | null;
  payload: unknown;
  status: "pending" | "sent" | "failed";
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date | null;
  reference: string | null;
  response: unknown;
  created_by: string | null;
  created_at: Date;
  sent_at: Date | null;
  failed_at: Date | null;
}

/**
 * What a module does when the outside system answered one of its messages, in the delivery's own
 * transaction (e.g. keep the billing system's filing number on the case). Keyed by operation.
 */
export interface OutboundHook {
  onSent?(message: OutboundRow, ctx: CommandContext): Promise<void>;
  onFailed?(message: OutboundRow, ctx: CommandContext): Promise<void>;
}

export type OutboundHooks = Record<string, OutboundHook>;
