import type { ModuleManifest } from "../../platform/manifest.js";
import { identityRoutes } from "./routes.js";
import { IDENTITY_ACTIONS } from "./timeline-actions.js";

/** Users, roles, sessions and API tokens. */
export const identityModule: ModuleManifest = {
  name: "identity",
  timelineActions: IDENTITY_ACTIONS,
  routes: identityRoutes,
  permissions: { readUsers: "users:read", manageUsers: "users:manage", ownTokens: "tokens:own" },
};
