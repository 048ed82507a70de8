/**
 * Pure decisions of seed 001: where a ticket may be routed and who attends it, the re-entry window, the
 * month's send-to-billing deadline, the indicator and its verdict, and the map layer's GeoJSON. No I/O,
 * no clock: `now` and the catalog figures are passed in.
 */
import { DateTime } from "luxon";
import type { BusinessCalendar } from "../../platform/calendar/business-calendar.js";
import type { DeadlineRule } from "../deadlines/index.js";
import {
  REQUEST_PROCEDURE,
  type RequestStep,
  TEAM_NAMES_ES,
  TEAM_ROLES,
  TICKET_ROUTES,
  type TicketOpeningStep,
  type TicketTeam,
} from "./procedure.js";

/** Why a ticket of `step` may not go to `team` (Spanish), or null when that team takes that step. */
export function routingProblem(step: TicketOpeningStep, team: TicketTeam): string | null {
  const route = TICKET_ROUTES[step];
  if (route.teams.includes(team)) return null;
  const label =
    step === "zoning_impediment"
      ? "Reporta impedimentos del formulario de zonificación"
      : REQUEST_PROCEDURE.steps[step as RequestStep].label;
  return `${TEAM_NAMES_ES[team]} no atiende el servicio de ingeniería de «${label}» (paso ${route.seedStep}); se direcciona a ${route.teams
    .map((t) => TEAM_NAMES_ES[t])
    .join(", ")}`;
}

/** Why a person of `roles` may not close a ticket routed to `team` as attended, or null. */
export function attendProblem(team: TicketTeam, roles: readonly string[]): string | null {
  return TEAM_ROLES[team].some((role) => roles.includes(role))
    ? null
    : `El servicio de ingeniería está direccionado a ${TEAM_NAMES_ES[team]}: lo cierra como atendido quien lo subsana (paso 4.2)`;
}

/** The figures of seed 001 an operator may edit (catalog `service_request_settings`), with their basis. */
export interface ServiceRequestSettings {
  /** «Cierra Servicio de Ingeniería como atendido (en el día)» — 4.2. */
  ticketDeadline: DeadlineRule;
  /** «nueva solicitud dentro las 2 hrs.» — 19.2, on the clock. */
  reentryWindow: DeadlineRule;
  atRiskRatio: number;
  /** The work-order activity of each request type. */
  activities: Record<"installation" | "transfer" | "migration", string>;
  basis: string;
}

export interface ReentryTiming {
  dueAt: Date;
  isLate: boolean;
}

/**
 * Step 19.2: a re-entry keyed at `keyedAt` for a request annulled at `annulledAt`. The window is a clock
 * window (hours); keying exactly at its end is on time. A late re-entry is kept and flagged, never refused.
 */
export function reentryTiming(annulledAt: Date, keyedAt: Date, window: DeadlineRule, calendar: BusinessCalendar): ReentryTiming {
  const dueAt =
    window.unit === "hours" ? calendar.addHours(annulledAt, window.amount) : calendar.addBusinessHours(annulledAt, window.amount);
  return { dueAt, isLate: keyedAt.getTime() > dueAt.getTime() };
}

/** The month ("2026-03") an instant falls in, on the tenant's wall clock. */
export function monthOf(instant: Date, timezone: string): string {
  return DateTime.fromJSDate(instant, { zone: timezone }).toFormat("yyyy-MM");
}

/**
 * Step 21: the deadline rule that lands at the close of the month's last business day, started at `now`
 * («antes de finalizar el mes»): the same business day when today is that day, else n business days.
 * Null when the month's last business day has already closed.
 */
export function lastBusinessDayRule(now: Date, timezone: string, calendar: BusinessCalendar): DeadlineRule | null {
  const local = DateTime.fromJSDate(now, { zone: timezone });
  let day = local.endOf("month").startOf("day").plus({ hours: 12 });
  while (!calendar.isBusinessDay(day.toJSDate())) day = day.minus({ days: 1 });
  const lastClose = calendar.endOfBusinessDay(day.toJSDate());
  if (now.getTime() > lastClose.getTime()) return null;
  const sameDay = calendar.endOfBusinessDay(now);
  if (sameDay.getTime() >= lastClose.getTime()) return { amount: 0, unit: "same_business_day" };
  for (let days = 1; days <= 31; days++) {
    if (calendar.addBusinessDays(now, days).getTime() >= lastClose.getTime()) return { amount: days, unit: "business_days" };
  }
  return null;
}

export interface ZoneReference {
  id: string;
  kind: string;
  name: string;
  zone: string | null;
  latitude: number | null;
  longitude: number | null;
  createdAt: Date;
}

/** The learned zones, landmarks, streets and boxes as a GeoJSON FeatureCollection for the map layer (QGis). */
export function zoneReferencesGeoJson(references: readonly ZoneReference[]) {
  return {
    type: "FeatureCollection" as const,
    features: references.map((reference) => ({
      type: "Feature" as const,
      id: reference.id,
      geometry:
        reference.latitude === null || reference.longitude === null
          ? null
          : { type: "Point" as const, coordinates: [reference.longitude, reference.latitude] },
      properties: {
        tipo: reference.kind,
        nombre: reference.name,
        zona: reference.zone,
        registrado: reference.createdAt.toISOString(),
      },
    })),
  };
}

/** What a re-entry carries over from the annulled request (19.2: «tomando en cuenta las observaciones»). */
export function carriedObservation(
  own: string,
  annulled: { number: number; observation: string },
  ticketNotes: readonly string[],
): string {
  const parts = [own.trim(), `Re-digitación de la solicitud N° ${annulled.number}.`];
  if (annulled.observation.trim()) parts.push(`Observación anterior: ${annulled.observation.trim()}`);
  for (const note of ticketNotes) parts.push(`Servicio de ingeniería: ${note}`);
  return parts.filter(Boolean).join("\n").slice(0, 4000);
}
