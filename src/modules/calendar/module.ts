import type { ModuleManifest } from "../../platform/manifest.js";
import { CALENDAR_ACTIONS } from "./timeline-actions.js";

/** The tenant's business calendar (country, holidays, working hours); its routes are the tenant settings'. */
export const calendarModule: ModuleManifest = { name: "calendar", timelineActions: CALENDAR_ACTIONS };
