import type { FastifyInstance } from "fastify";
import { campaignRoutes } from "../../modules/campaigns/routes.js";
import { catalogRoutes } from "../../modules/catalogs/routes.js";
import { closingRoutes } from "../../modules/closings/routes.js";
import { deadlineRoutes } from "../../modules/deadlines/routes.js";
import { dispositionRoutes } from "../../modules/dispositions/routes.js";
import { followUpRoutes } from "../../modules/followups/routes.js";
import { importRoutes } from "../../modules/imports/routes.js";
import { integrationRoutes } from "../../modules/integrations/routes.js";
import { realtimeRoutes } from "../../modules/realtime/routes.js";
import { retentionRoutes } from "../../modules/retention/routes.js";
import { tenantRoutes } from "../../modules/tenants/routes.js";
import { workOrderRoutes } from "../../modules/workorders/routes.js";

/**
 * Route plugins of the domain modules beyond the core ones (identity, timeline, customers), in
 * registration order. Each module adds its one line here.
 */
// biome-ignore format: one line per module, so modules added side by side do not collide
export const DOMAIN_MODULES: Array<(app: FastifyInstance) => Promise<void>> = [
  realtimeRoutes,
  tenantRoutes,
  deadlineRoutes,
  importRoutes,
  catalogRoutes,
  integrationRoutes,
  retentionRoutes, workOrderRoutes, followUpRoutes,
  dispositionRoutes, closingRoutes, campaignRoutes,
];
