import type { ModuleManifest } from "../../platform/manifest.js";
import { indicatorTargetsKind } from "./catalog-kind.js";
import { registerIndicatorsCommand } from "./cli.js";
import { PERMISSIONS } from "./policy.js";
import { indicatorRoutes } from "./routes.js";

/** The one indicator engine (issue 13): runs every module's IndicatorDefinition, with targets, trends, drill-down and .xlsx. */
export const indicatorsModule: ModuleManifest = {
  name: "indicators",
  routes: indicatorRoutes,
  cli: registerIndicatorsCommand,
  catalogKinds: [indicatorTargetsKind],
  permissions: PERMISSIONS,
};
