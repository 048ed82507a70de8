import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import type { Registry } from "prom-client";

export function healthRoutes(app: FastifyInstance, registry: Registry, isShuttingDown: () => boolean) {
  app.get(
    "/healthz",
    {
      config: { permission: "public" },
      schema: { tags: ["ops"], summary: "El proceso está vivo", response: { 200: Type.Object({ status: Type.String() }) } },
    },
    async () => ({ status: "ok" }),
  );

  app.get(
    "/readyz",
    {
      config: { permission: "public" },
      schema: {
        tags: ["ops"],
        summary: "El proceso puede atender: base de datos accesible y no está apagándose",
        response: {
          200: Type.Object({ status: Type.String() }),
          503: Type.Object({ status: Type.String(), detail: Type.String() }),
        },
      },
    },
    async (_request, reply) => {
      if (isShuttingDown()) return reply.status(503).send({ status: "unavailable", detail: "apagándose" });
      try {
        await app.db.pool.query("SELECT 1");
        return { status: "ready" };
      } catch (error) {
        return reply.status(503).send({ status: "unavailable", detail: `base de datos: ${(error as Error).message}` });
      }
    },
  );

  app.get(
    "/metrics",
    {
      config: { permission: "public" },
      schema: { tags: ["ops"], summary: "Métricas Prometheus", response: { 200: Type.String() } },
    },
    async (_request, reply) => {
      reply.type(registry.contentType);
      return registry.metrics();
    },
  );
}
