import type { ModuleManifest } from "../../platform/manifest.js";
import { SUPPRESSED_NUMBERS_IMPORT } from "./import-kind.js";
import { contactPolicyKind } from "./kinds.js";
import { PERMISSIONS } from "./policy.js";
import { contactPolicyRoutes } from "./routes.js";
import { CONTACT_POLICY_ACTIONS } from "./timeline-actions.js";

/** The contact policy of every outbound attempt (Ley 2300 preset and others), its suppression lists and its evidence. */
export const contactPolicyModule: ModuleManifest = {
  name: "contactpolicy",
  routes: contactPolicyRoutes,
  catalogKinds: [contactPolicyKind],
  importKinds: [SUPPRESSED_NUMBERS_IMPORT],
  timelineActions: CONTACT_POLICY_ACTIONS,
  permissions: { read: PERMISSIONS.read },
};
