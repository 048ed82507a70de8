import type { StreamMessage } from "../../platform/realtime.js";

/** One open browser stream: whose it is, and how to write to it. */
export interface StreamClient {
  tenantId: string;
  userId: string | null;
  write(chunk: string): void;
  end(): void;
}

export const HEARTBEAT_MS = 15_000;

/** One Server-Sent Event: `event: <type>` and the JSON data on one line (JSON never holds a raw newline). */
export function formatEvent(type: string, data: unknown): string {
  return `event: ${type.replace(/[\r\n]/g, " ")}\ndata: ${JSON.stringify(data ?? null)}\n\n`;
}

function parseMessage(payload: string): StreamMessage | undefined {
  try {
    const message = JSON.parse(payload) as Partial<StreamMessage>;
    if (typeof message.tenantId !== "string" || typeof message.type !== "string") return undefined;
    return message as StreamMessage;
  } catch {
    return undefined;
  }
}

/**
 * The open streams of one app instance. Every NOTIFY on the stream channel (from any instance) is
 * delivered to this instance's streams of that tenant — and only that user's, when the message names one.
 * A comment line every heartbeat keeps proxies from closing idle streams.
 */
export class StreamHub {
  private readonly clients = new Set<StreamClient>();
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(private readonly heartbeatMs = HEARTBEAT_MS) {}

  get size(): number {
    return this.clients.size;
  }

  /** Adds a stream; the returned function removes it (call it when the connection closes). */
  add(client: StreamClient): () => void {
    this.clients.add(client);
    this.heartbeat ??= setInterval(() => this.broadcast(": ping\n\n"), this.heartbeatMs).unref();
    return () => this.remove(client);
  }

  /** Delivers one NOTIFY payload; a malformed payload is dropped. Returns how many streams got it. */
  deliver(payload: string): number {
    const message = parseMessage(payload);
    if (!message) return 0;
    const frame = formatEvent(message.type, message.data);
    let delivered = 0;
    for (const client of this.clients) {
      if (client.tenantId !== message.tenantId) continue;
      if (message.userId && client.userId !== message.userId) continue;
      client.write(frame);
      delivered++;
    }
    return delivered;
  }

  /** Ends every stream (app shutdown), so the server can close without waiting for browsers. */
  closeAll(): void {
    for (const client of [...this.clients]) {
      this.remove(client);
      client.end();
    }
  }

  private broadcast(chunk: string): void {
    for (const client of this.clients) client.write(chunk);
  }

  private remove(client: StreamClient): void {
    this.clients.delete(client);
    if (this.clients.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
    }
  }
}
