import type { BusinessCalendar } from "../../platform/calendar/business-calendar.js";
import { businessCalendar } from "../../platform/calendar/business-calendar.js";
import type { Tx } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import { findCalendarSettings } from "../calendar/index.js";
import { readCatalog } from "../catalogs/index.js";
import { PQR_CLOCKS_KIND, type PqrClocks } from "./catalog-types.js";
import { type LegalCalendar, legalCalendar } from "./rules.js";

/** What a PQR's clocks are computed with: the tenant's calendar and its country's legal figures. */
export interface ClockContext {
  clocks: PqrClocks;
  /** The catalog scope (the country) and version the figures come from, recorded on the PQR. */
  scope: string;
  version: number;
  calendar: BusinessCalendar;
  legal: LegalCalendar;
  timezone: string;
}

/**
 * Loads the clock context of the transaction's tenant: its business calendar, and the pqr_clocks
 * catalog of its country (the current version, or `version` to replay a PQR filed under an older one).
 */
export async function loadClockContext(tx: Tx, pinned?: { scope: string; version: number }): Promise<ClockContext> {
  const settings = await findCalendarSettings(tx);
  if (!settings) throw new AppError("NOT_FOUND", "Operador no encontrado");
  const scope = pinned?.scope ?? settings.country.toLowerCase();
  const document = await readCatalog<PqrClocks>(tx, PQR_CLOCKS_KIND, scope, pinned?.version);
  return {
    clocks: document.content,
    scope,
    version: document.version,
    calendar: businessCalendar(settings),
    legal: legalCalendar({ country: settings.country, timezone: settings.timezone }, document.content.businessWeekdays),
    timezone: settings.timezone,
  };
}
