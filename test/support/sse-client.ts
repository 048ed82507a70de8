import http from "node:http";

export interface SseEvent {
  event: string;
  data: unknown;
}

/** A minimal EventSource over node:http, for tests: collects every event of one stream. */
export interface SseClient {
  events: SseEvent[];
  /** Raw text received (comments and heartbeats included). */
  raw(): string;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Opens GET `url` with the session cookie and resolves once the response headers arrived. */
export function openSse(url: string, cookie: string): Promise<SseClient & { status: number; contentType: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { cookie: `fz_session=${cookie}`, accept: "text/event-stream" } }, (response) => {
      const events: SseEvent[] = [];
      let text = "";
      let buffer = "";
      let markEnded: () => void = () => undefined;
      const ended = new Promise<void>((done) => {
        markEnded = done;
      });
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        text += chunk;
        buffer += chunk;
        let boundary = buffer.indexOf("\n\n");
        while (boundary >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          let event = "message";
          const data: string[] = [];
          for (const line of block.split("\n")) {
            if (line.startsWith("event: ")) event = line.slice(7);
            else if (line.startsWith("data: ")) data.push(line.slice(6));
          }
          if (data.length > 0) events.push({ event, data: JSON.parse(data.join("\n")) });
          boundary = buffer.indexOf("\n\n");
        }
      });
      response.on("error", markEnded);
      response.on("end", markEnded);
      response.on("close", markEnded);
      resolve({
        status: response.statusCode ?? 0,
        contentType: String(response.headers["content-type"] ?? ""),
        events,
        raw: () => text,
        ended,
        close: () => request.destroy(),
      });
    });
    request.on("error", reject);
  });
}
