import type { ModuleManifest } from "../../platform/manifest.js";
import { identityRoutes } from "./routes.js";

/** Users, roles, sessions and API tokens. */
export const identityModule: ModuleManifest = {
  name: "identity",
  routes: identityRoutes,
  permissions: { readUsers: "users:read", manageUsers: "users:manage", ownTokens: "tokens:own" },
};
