import type { ModuleManifest } from "../../platform/manifest.js";
import { CONTACT_LISTS_IMPORT } from "./import-kind.js";
import { listTypesKind } from "./kinds.js";
import { PERMISSIONS } from "./policy.js";
import { contactListRoutes } from "./routes.js";
import { CONTACT_LISTS_ACTIONS } from "./timeline-actions.js";

/** Outbound campaigns and their contact lists ("bases") by type, imported and deduplicated per campaign (seed 002). */
export const contactListsModule: ModuleManifest = {
  name: "contactlists",
  routes: contactListRoutes,
  catalogKinds: [listTypesKind],
  importKinds: [CONTACT_LISTS_IMPORT],
  timelineActions: CONTACT_LISTS_ACTIONS,
  permissions: { manage: PERMISSIONS.manage },
};
