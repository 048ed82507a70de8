/** Pure decisions of outbound delivery: which systems there are, how long to wait before retrying, what a failure means. */

import { ADAPTERS, type AdapterName } from "../../platform/extensions/outbound.js";

export { ADAPTERS, type AdapterName };

/** Spanish names of the roles the outside systems play (the seeds' Smartflex, OpenFlexis, WFM …). */
export const ADAPTER_NAMES: Record<AdapterName, string> = {
  billing: "Sistema de facturación",
  field_service: "Órdenes de trabajo y agenda de campo",
  provisioning: "Activación de servicios y promociones",
  authority: "Autoridad de protección al consumidor (apelaciones)",
};

export const REFERENCE_PREFIX: Record<AdapterName, string> = {
  billing: "FAC",
  field_service: "OT",
  provisioning: "ACT",
  authority: "RAD",
};

/** Attempts before a message is given up as failed (and shown to an admin to retry by hand). */
export const MAX_ATTEMPTS = 8;

const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000];

/** How long to wait after the `attempt`-th failed attempt (1-based), growing, capped at 4 h. */
export function retryDelayMs(attempt: number): number {
  return RETRY_DELAYS_MS[Math.min(Math.max(attempt, 1), RETRY_DELAYS_MS.length) - 1]!;
}

export type DeliveryFailureKind = "retry" | "permanent";

/**
 * A 4xx answer (other than 408 and 429) means the outside system refused this message as it is:
 * sending it again unchanged cannot help. Anything else (5xx, timeouts, refused connections) may pass later.
 */
export function classifyHttpFailure(status: number | null): DeliveryFailureKind {
  if (status === null) return "retry";
  if (status === 408 || status === 429) return "retry";
  return status >= 400 && status < 500 ? "permanent" : "retry";
}

/** After a failed attempt: try again at `retryAt`, or give up. */
export function afterFailure(
  attempts: number,
  kind: DeliveryFailureKind,
  now: Date,
): { giveUp: true } | { giveUp: false; retryAt: Date } {
  if (kind === "permanent" || attempts >= MAX_ATTEMPTS) return { giveUp: true };
  return { giveUp: false, retryAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}

/** The simulator's reference for a message: FAC-000123, OT-000124 … (stable: derived from the message number). */
export function simulatedReference(adapter: AdapterName, number: number): string {
  return `${REFERENCE_PREFIX[adapter]}-${String(number).padStart(6, "0")}`;
}
