import Fastify from "fastify";

// A decomposition point of the HTTP scenario: Fastify alone (no plugin, no hook, no logger) serving
// the same route with the same response schema, so the gap splits into Fastify's own cost and ours.
const app = Fastify({ logger: false });
app.get(
  "/api/ping",
  { schema: { response: { 200: { type: "object", properties: { ok: { type: "boolean" } }, required: ["ok"] } } } },
  async () => ({ ok: true }),
);
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
process.send?.({ type: "ready", port: typeof address === "object" && address ? address.port : 0 });
process.on("SIGTERM", () => app.close().then(() => process.exit(0)));
