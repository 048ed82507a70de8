/** The one NOTIFY channel that carries realtime messages to browsers, across all app instances. */
export const STREAM_CHANNEL = "fideliza_stream";

export interface StreamMessage {
  tenantId: string;
  /** When set, only this user's browsers receive it (e.g. their own import's progress). */
  userId?: string | null;
  /** Event name as seen by EventSource: "import.progress", "deadline.at_risk", … */
  type: string;
  data: unknown;
}

interface Queryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/**
 * Publishes a realtime message. Inside a transaction it is delivered only if that transaction commits
 * (NOTIFY semantics); on a pool it goes out at once. NOTIFY payloads are limited to 8000 bytes.
 */
export async function publish(db: Queryable, message: StreamMessage): Promise<void> {
  await db.query("SELECT pg_notify($1, $2)", [STREAM_CHANNEL, JSON.stringify(message)]);
}
