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
  // The same permission the indicator engine checks; campaigns' own indicator routes read it too.
  permissions: { reports: "reports:read" },
};
