import type { FastifyReply, FastifyRequest } from "fastify";
import { collectDefaultMetrics, Histogram, Registry } from "prom-client";

export interface RequestMetrics {
  registry: Registry;
  /** Records one finished request; called from the app's single onResponse hook. */
  observe(request: FastifyRequest, reply: FastifyReply): void;
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
  // Label children cached by key: resolving labels on every observation is a measurable per-request cost.
  const children = new Map<string, ReturnType<typeof duration.labels>>();
  return {
    registry,
    observe(request, reply) {
      const route = request.routeOptions.url ?? "unmatched";
      const key = `${request.method} ${route} ${reply.statusCode}`;
      let child = children.get(key);
      if (!child) {
        child = duration.labels(request.method, route, String(reply.statusCode));
        children.set(key, child);
      }
      child.observe(reply.elapsedTime / 1000);
    },
  };
}
