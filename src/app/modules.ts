import { adjustmentsModule } from "../modules/adjustments/module.js";
import { calendarModule } from "../modules/calendar/module.js";
import { campaignsModule } from "../modules/campaigns/module.js";
import { cancellationsModule } from "../modules/cancellations/module.js";
import { catalogsModule } from "../modules/catalogs/module.js";
import { closingsModule } from "../modules/closings/module.js";
import { contactListsModule } from "../modules/contactlists/module.js";
import { contactPolicyModule } from "../modules/contactpolicy/module.js";
import { customersModule } from "../modules/customers/module.js";
import { deadlinesModule } from "../modules/deadlines/module.js";
import { dialerModule } from "../modules/dialer/module.js";
import { followupsModule } from "../modules/followups/module.js";
import { identityModule } from "../modules/identity/module.js";
import { importsModule } from "../modules/imports/module.js";
import { indicatorsModule } from "../modules/indicators/module.js";
import { integrationsModule } from "../modules/integrations/module.js";
import { pqrModule } from "../modules/pqr/module.js";
import { practicesModule } from "../modules/practices/module.js";
import { qualityModule } from "../modules/quality/module.js";
import { realtimeModule } from "../modules/realtime/module.js";
import { retentionModule } from "../modules/retention/module.js";
import { servicerequestsModule } from "../modules/servicerequests/module.js";
import { supervisionModule } from "../modules/supervision/module.js";
import { surveysModule } from "../modules/surveys/module.js";
import { tenantsModule } from "../modules/tenants/module.js";
import { timelineModule } from "../modules/timeline/module.js";
import { workforceModule } from "../modules/workforce/module.js";
import { workordersModule } from "../modules/workorders/module.js";
import { installModules, type ModuleManifest } from "../platform/manifest.js";

/**
 * The product's modules, in order: routes register and import kinds commit in this order (a module
 * comes after those it builds on). The one list the assembly keeps; everything else is in the manifests.
 */
export const MODULES: readonly ModuleManifest[] = [
  identityModule,
  timelineModule,
  customersModule,
  realtimeModule,
  tenantsModule,
  calendarModule,
  deadlinesModule,
  importsModule,
  catalogsModule,
  integrationsModule,
  retentionModule,
  workordersModule,
  followupsModule,
  cancellationsModule,
  closingsModule,
  campaignsModule,
  pqrModule,
  adjustmentsModule,
  contactPolicyModule,
  contactListsModule,
  dialerModule,
  servicerequestsModule,
  surveysModule,
  workforceModule,
  practicesModule,
  qualityModule,
  // Last: it reads every module's indicator definitions.
  indicatorsModule,
  // After the engine: the supervisor's day reads today's indicators from it.
  supervisionModule,
];

// Every entry point (server, CLI, worker, tests, benchmarks) reaches the modules through this file, so
// installing here makes the contributions readable before any of them runs.
installModules(MODULES);
