import pg from "pg";

type Handler = (payload: string) => void;

/**
 * One dedicated connection per process that LISTENs on the channels subscribers ask for and fans
 * each NOTIFY out to them. Reconnects with backoff when the server goes away. This is how several
 * app instances on one database hear each other (realtime pushes, auth cache invalidation).
 */
export class Listener {
  private client: pg.Client | undefined;
  private readonly handlers = new Map<string, Set<Handler>>();
  private closed = false;
  private connecting: Promise<void> | undefined;

  constructor(private readonly url: string) {}

  async subscribe(channel: string, handler: Handler): Promise<() => void> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      await this.ensureConnected();
      await this.client?.query(`LISTEN ${pg.Client.prototype.escapeIdentifier(channel)}`);
    }
    set.add(handler);
    return () => {
      set?.delete(handler);
    };
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on("notification", (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? "");
    });
    client.on("error", () => this.reconnect(client));
    client.on("end", () => this.reconnect(client));
    await client.connect();
    for (const channel of this.handlers.keys()) await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    this.client = client;
  }

  private reconnect(dead: pg.Client): void {
    if (this.client !== dead || this.closed) return;
    this.client = undefined;
    const attempt = (delay: number) =>
      setTimeout(() => {
        if (this.closed) return;
        this.ensureConnected().catch(() => attempt(Math.min(delay * 2, 10_000)));
      }, delay).unref();
    attempt(200);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
