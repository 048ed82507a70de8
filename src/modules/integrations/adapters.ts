import { createHmac } from "node:crypto";
import { type AdapterName, classifyHttpFailure, type DeliveryFailureKind, simulatedReference } from "./rules.js";

/** What an adapter is given to deliver: one outbox message. */
export interface OutboundDelivery {
  id: string;
  number: number;
  adapter: AdapterName;
  operation: string;
  idempotencyKey: string;
  subjectType: string;
  subjectId: string;
  payload: unknown;
}

export type DeliveryResult =
  | { ok: true; reference: string; response: unknown }
  | { ok: false; kind: DeliveryFailureKind; error: string };

/** One outside system as Fideliza sees it: something that accepts a message and answers with its reference. */
export interface OutboundAdapter {
  deliver(message: OutboundDelivery): Promise<DeliveryResult>;
}

/**
 * The built-in stand-in for an operator's system, used by the demo and tests: accepts every message
 * and answers with a reference the way the real system would (a filing number, an order number).
 */
export const simulatorAdapter: OutboundAdapter = {
  async deliver(message) {
    const reference = simulatedReference(message.adapter, message.number);
    return { ok: true, reference, response: { simulated: true, reference, operation: message.operation } };
  },
};

export interface WebhookSettings {
  url: string;
  secret: string | null;
  timeoutMs?: number;
}

/** The body's HMAC-SHA256 with the shared secret, as the X-Fideliza-Signature header carries it. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/**
 * Delivers to the operator's own system over HTTP: POST of the message as JSON, with its idempotency
 * key (the receiver must treat a repeat as the same request) and, with a secret, a signature. A 2xx
 * answer may carry `{"reference": "…"}`.
 */
export function webhookAdapter(settings: WebhookSettings): OutboundAdapter {
  return {
    async deliver(message) {
      const body = JSON.stringify({
        id: message.id,
        operation: message.operation,
        idempotencyKey: message.idempotencyKey,
        subject: { type: message.subjectType, id: message.subjectId },
        payload: message.payload,
      });
      const headers: Record<string, string> = {
        "content-type": "application/json",
        "idempotency-key": message.idempotencyKey,
        "x-fideliza-operation": message.operation,
      };
      if (settings.secret) headers["x-fideliza-signature"] = signBody(settings.secret, body);
      let response: Response;
      try {
        response = await fetch(settings.url, {
          method: "POST",
          headers,
          body,
          signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
        });
      } catch (error) {
        return { ok: false, kind: "retry", error: `Sin respuesta de ${settings.url}: ${(error as Error).message}` };
      }
      const text = await response.text();
      if (!response.ok) {
        return {
          ok: false,
          kind: classifyHttpFailure(response.status),
          error: `${settings.url} respondió ${response.status}: ${text.slice(0, 300)}`,
        };
      }
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = { body: text.slice(0, 1000) };
      }
      const reference =
        parsed && typeof parsed === "object" && typeof (parsed as { reference?: unknown }).reference === "string"
          ? (parsed as { reference: string }).reference
          : message.idempotencyKey;
      return { ok: true, reference, response: parsed };
    },
  };
}
