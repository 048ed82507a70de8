import type { ModuleManifest } from "../../platform/manifest.js";
import { registerCustomerCommands } from "./cli.js";
import { customerRoutes } from "./routes.js";

/** Customers, their products, claims and billing. */
export const customersModule: ModuleManifest = {
  name: "customers",
  routes: customerRoutes,
  cli: registerCustomerCommands,
  permissions: { read: "customers:read", write: "customers:write" },
};
