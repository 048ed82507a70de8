import type { CalendarSettings } from "../../platform/calendar/business-calendar.js";
import type { Tx } from "../../platform/db/pool.js";

/** The calendar settings of the transaction's tenant (row-level security shows only that row). */
export async function findCalendarSettings(tx: Tx): Promise<CalendarSettings | undefined> {
  const { rows } = await tx.query<CalendarSettings>(
    `SELECT country, timezone, working_hours AS "workingHours" FROM tenants WHERE id = current_tenant_id()`,
  );
  return rows[0];
}

export async function updateCalendarSettings(tx: Tx, settings: CalendarSettings): Promise<void> {
  await tx.query("UPDATE tenants SET country = $1, timezone = $2, working_hours = $3 WHERE id = current_tenant_id()", [
    settings.country,
    settings.timezone,
    JSON.stringify(settings.workingHours),
  ]);
}
