import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { requireActor } from "../../platform/http/in-tenant.js";
import { errorResponses } from "../../platform/http/schemas.js";
import { STREAM_CHANNEL } from "../../platform/realtime.js";
import { HEARTBEAT_MS, StreamHub } from "./hub.js";

/**
 * GET /api/stream: Server-Sent Events for the logged-in user. This instance LISTENs once on the stream
 * channel and fans each message out to its own open streams; NOTIFY carries messages between instances.
 * Messages sent while a browser is reconnecting are not replayed: a page reloads its data on reconnect.
 */
export function createRealtimeRoutes(options: { heartbeatMs?: number } = {}) {
  return async function realtimeRoutes(app: FastifyInstance) {
    const hub = new StreamHub(options.heartbeatMs ?? HEARTBEAT_MS);
    const unsubscribe = await app.listener.subscribe(STREAM_CHANNEL, (payload) => hub.deliver(payload));
    // preClose runs before the server stops accepting and waits for open responses: end the streams first.
    app.addHook("preClose", async () => hub.closeAll());
    app.addHook("onClose", async () => unsubscribe());

    app.get(
      "/api/stream",
      {
        config: { permission: "authenticated" },
        schema: {
          tags: ["realtime"],
          summary: "Eventos en tiempo real del usuario (Server-Sent Events): alertas de plazos, progreso de importaciones…",
          produces: ["text/event-stream"],
          response: {
            200: Type.String({ description: "Flujo text/event-stream: «event: <tipo>» y «data: <json>» por mensaje" }),
            ...errorResponses,
          },
        },
      },
      (request, reply) => {
        const actor = requireActor(request);
        reply.hijack();
        const response = reply.raw;
        response.writeHead(200, {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-cache, no-transform",
          connection: "keep-alive",
          "x-accel-buffering": "no",
          "x-request-id": request.id,
        });
        // The reconnect delay for EventSource, and a first chunk so clients know the stream is open.
        response.write("retry: 5000\n: conectado\n\n");
        const remove = hub.add({
          tenantId: actor.tenantId,
          userId: actor.userId,
          write: (chunk) => response.write(chunk),
          end: () => response.end(),
        });
        response.on("close", remove);
      },
    );
  };
}

export const realtimeRoutes = createRealtimeRoutes();
