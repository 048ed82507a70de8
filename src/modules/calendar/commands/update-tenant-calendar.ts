import { type CalendarSettings, isValidTimezone, workingHoursProblem } from "../../../platform/calendar/business-calendar.js";
import { isSupportedCountry, SUPPORTED_COUNTRIES } from "../../../platform/calendar/countries.js";
import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findCalendarSettings, updateCalendarSettings } from "../repo.js";

/**
 * Changes the tenant's country (its holidays), time zone and working hours. Running deadlines keep their
 * due instants; the new calendar applies to deadlines started or resumed from now on.
 */
export async function updateTenantCalendar(input: CalendarSettings, ctx: CommandContext): Promise<CalendarSettings> {
  if (!isSupportedCountry(input.country)) {
    throw new AppError(
      "VALIDATION_FAILED",
      `País no soportado: ${input.country}. Use ${Object.keys(SUPPORTED_COUNTRIES).join(", ")}`,
      {
        field: "country",
      },
    );
  }
  if (!isValidTimezone(input.timezone)) {
    throw new AppError(
      "VALIDATION_FAILED",
      `Zona horaria desconocida: ${input.timezone} (use un nombre IANA, p. ej. America/Bogota)`,
      {
        field: "timezone",
      },
    );
  }
  const problem = workingHoursProblem(input.workingHours);
  if (problem) throw new AppError("VALIDATION_FAILED", problem, { field: "workingHours" });

  const before = await findCalendarSettings(ctx.tx);
  if (!before) throw new AppError("NOT_FOUND", "Operador no encontrado");
  const after: CalendarSettings = { country: input.country, timezone: input.timezone, workingHours: input.workingHours };
  await updateCalendarSettings(ctx.tx, after);
  await recordEvent(ctx, {
    subjectType: "tenant",
    subjectId: ctx.actor.tenantId,
    action: "tenant_calendar_updated",
    before,
    after,
  });
  return after;
}
