import { hostname } from "node:os";
import type { FastifyInstance } from "fastify";
import { DialerEngine, installDialer, installedDialer } from "./engine.js";
import { listCampaignsToPace } from "./queries.js";
import { SimulatedTelephony } from "./telephony/simulator.js";

/** How often this instance paces the campaigns that have agents logged in. */
const LOOP_MS = 2000;

/**
 * The server's dialer: the simulator (timed) unless the assembly or a test installed another engine first; with
 * the server's worker on, a pacing round of every campaign with agents every LOOP_MS. Stopped with the server.
 */
export function startDialer(app: FastifyInstance): void {
  if (!installedDialer()) {
    installDialer(new DialerEngine(app.db, new SimulatedTelephony({ mode: "timed" }), `${hostname()}-${process.pid}`));
  }
  if (!app.config.runWorker) return;
  const engine = installedDialer()!;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void app.db
      .system((tx) => listCampaignsToPace(tx))
      .then(async (campaigns) => {
        for (const c of campaigns) await engine.tick(c.tenant_id, c.campaign_id);
      })
      .catch((error) => app.log.warn({ err: error }, "ronda del marcador fallida"))
      .finally(() => {
        running = false;
      });
  }, LOOP_MS);
  timer.unref();
  app.addHook("onClose", async () => clearInterval(timer));
}
