import type { ModuleManifest } from "../../platform/manifest.js";
import { registerCustomerCommands } from "./cli.js";
import { customerRoutes } from "./routes.js";
import { CUSTOMERS_ACTIONS } from "./timeline-actions.js";

/** Customers, their products, claims and billing. */
export const customersModule: ModuleManifest = {
  name: "customers",
  timelineActions: CUSTOMERS_ACTIONS,
  routes: customerRoutes,
  cli: registerCustomerCommands,
  permissions: { read: "customers:read", write: "customers:write" },
};
