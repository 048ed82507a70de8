import type { ModuleManifest } from "../../platform/manifest.js";
import { registerCatalogCommand } from "./cli.js";
import { campaignRoutes } from "./routes.js";

/** Campaigns (catalog scopes of seed 003): their list, indicators and catalog workbook. */
export const campaignsModule: ModuleManifest = {
  name: "campaigns",
  routes: campaignRoutes,
  cli: registerCatalogCommand,
  // The indicators permission, read by retention too, until the indicator engine owns it.
  permissions: { reports: "reports:read" },
};
