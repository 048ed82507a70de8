import { hostname } from "node:os";
import type { FastifyInstance } from "fastify";
import type { TelephonyConfig } from "../../platform/config.js";
import { DialerEngine, installDialer, installedDialer, uninstallDialer } from "./engine.js";
import { listCampaignsToPace } from "./queries.js";
import { BaresipTelephony } from "./telephony/baresip.js";
import type { TelephonyPort } from "./telephony/port.js";
import { SimulatedTelephony } from "./telephony/simulator.js";

/** How often this instance paces the campaigns that have agents logged in. */
const LOOP_MS = 2000;

/** The phone system the configuration names (DIALER_TELEPHONY): the timed simulator, or baresip (not started yet). */
export function telephonyFor(config: TelephonyConfig): TelephonyPort & { start?: () => Promise<void> } {
  if (config.adapter === "simulator") return new SimulatedTelephony({ mode: "timed" });
  return new BaresipTelephony({
    channels: config.sipChannels,
    sipPort: config.sipPort,
    controlPort: config.sipControlPort,
    uriFor: (number) => config.sipUri.replaceAll("{number}", encodeURIComponent(number)),
    safeHarbourWav: config.safeHarbourWav,
  });
}

/**
 * The server's dialer: the configured phone system unless the assembly or a test installed another engine first;
 * with the server's worker on, a pacing round of every campaign with agents every LOOP_MS. Stopped with the server.
 */
export async function startDialer(app: FastifyInstance): Promise<void> {
  if (!installedDialer()) {
    const port = telephonyFor(app.config.telephony);
    await port.start?.();
    const engine = new DialerEngine(app.db, port, `${hostname()}-${process.pid}`);
    installDialer(engine);
    // The phone system this server started ends with it (baresip's processes by pid); a later server starts its own.
    app.addHook("onClose", async () => {
      if (installedDialer() === engine) uninstallDialer();
      await port.close();
    });
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
