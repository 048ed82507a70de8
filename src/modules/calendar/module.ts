import type { ModuleManifest } from "../../platform/manifest.js";

/** The tenant's business calendar (country, holidays, working hours); its routes are the tenant settings'. */
export const calendarModule: ModuleManifest = { name: "calendar" };
