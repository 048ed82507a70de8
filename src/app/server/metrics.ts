import type { FastifyReply, FastifyRequest, onResponseHookHandler } from "fastify";
import { collectDefaultMetrics, Histogram, Registry } from "prom-client";

export interface RequestMetrics {
  registry: Registry;
  /**
   * The onResponse hook of one route (added when the route is declared, see app.ts): its method and path
   * are known then, so no request reads `request.routeOptions` (a getter that builds an object each time).
   */
  routeHook(method: string, route: string): onResponseHookHandler;
  /** Records one finished request that matched no route. */
  observeUnmatched(request: FastifyRequest, reply: FastifyReply): void;
}

/** Prometheus metrics of one app instance: process defaults plus request latency by route and status. */
export function createMetrics(): RequestMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "fideliza_" });
  const duration = new Histogram({
    name: "fideliza_http_request_duration_seconds",
    help: "Duración de las solicitudes HTTP",
    labelNames: ["method", "route", "status"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  // Label children cached by method, route and status: resolving labels on every observation is a
  // measurable per-request cost.
  const children = new Map<string, ReturnType<typeof duration.labels>>();
  const child = (method: string, route: string, status: number) => {
    const key = `${method} ${route} ${status}`;
    let found = children.get(key);
    if (!found) {
      found = duration.labels(method, route, String(status));
      children.set(key, found);
    }
    return found;
  };
  return {
    registry,
    routeHook(method, route) {
      // One route answers with few statuses: the children by status, without building a key per request.
      const byStatus = new Map<number, ReturnType<typeof duration.labels>>();
      return (request, reply, done) => {
        let found = byStatus.get(reply.statusCode);
        if (!found) {
          found = child(request.method === method ? method : request.method, route, reply.statusCode);
          if (request.method === method) byStatus.set(reply.statusCode, found);
        }
        found.observe(reply.elapsedTime / 1000);
        done();
      };
    },
    observeUnmatched(request, reply) {
      child(request.method, "unmatched", reply.statusCode).observe(reply.elapsedTime / 1000);
    },
  };
}
