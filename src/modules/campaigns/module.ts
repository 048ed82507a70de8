import type { ModuleManifest } from "../../platform/manifest.js";
import { registerCatalogCommand } from "./cli.js";
import { CAMPAIGN_INDICATORS } from "./indicators.js";
import { campaignRoutes } from "./routes.js";

/** Campaigns (catalog scopes of seed 003): their list, pending aging, catalog workbook, and seed 003's indicators on the engine. */
export const campaignsModule: ModuleManifest = {
  name: "campaigns",
  routes: campaignRoutes,
  cli: registerCatalogCommand,
  indicators: CAMPAIGN_INDICATORS,
};
