import type { ModuleManifest } from "../../platform/manifest.js";
import { registerCatalogCommand } from "./cli.js";
import { CAMPAIGN_INDICATORS } from "./engine-indicators.js";
import { campaignRoutes } from "./routes.js";

/** Campaigns (catalog scopes of seed 003): their list, indicators and catalog workbook. */
export const campaignsModule: ModuleManifest = {
  name: "campaigns",
  routes: campaignRoutes,
  cli: registerCatalogCommand,
  indicators: CAMPAIGN_INDICATORS,
  // Its indicator routes check reports:read, which the indicator engine (src/modules/indicators) declares.
};
