/**
 * Deadline arithmetic: when a deadline is due and at risk, given its rule, its start, its pauses and
 * the tenant's business calendar. Pure: no I/O, no clock. The full semantics are in README.md.
 */
import type { BusinessCalendar } from "../../platform/calendar/business-calendar.js";

export const DEADLINE_UNITS = ["business_days", "business_hours", "hours", "calendar_days", "same_business_day"] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** "ATENDIDO (1 día)" = {1, business_days}; "24 horas" = {24, hours}; "en el día" = {0, same_business_day}. */
export interface DeadlineRule {
  amount: number;
  unit: DeadlineUnit;
}

/**
 * Which clock a deadline runs on: "business" counts only the tenant's working hours on business days
 * (country holidays excluded); "clock" counts every hour of every day.
 */
export type DeadlineMeasure = "business" | "clock";

export const DEFAULT_AT_RISK_RATIO = 0.8;

const MEASURES: Record<DeadlineUnit, DeadlineMeasure> = {
  business_days: "business",
  business_hours: "business",
  same_business_day: "business",
  hours: "clock",
  calendar_days: "clock",
};

export function measureOf(unit: DeadlineUnit): DeadlineMeasure {
  return MEASURES[unit];
}

/** Why a rule is unusable (Spanish), or null when it is valid. */
export function deadlineRuleProblem(rule: DeadlineRule): string | null {
  const { amount, unit } = rule;
  if (!DEADLINE_UNITS.includes(unit)) return `Unidad de plazo desconocida: ${unit}`;
  if (!Number.isFinite(amount)) return "La cantidad del plazo debe ser un número";
  switch (unit) {
    case "same_business_day":
      return amount === 0 ? null : "Un plazo «en el día» no lleva cantidad (use 0)";
    case "business_days":
      return Number.isInteger(amount) && amount >= 1 && amount <= 366
        ? null
        : "Los días hábiles deben ser un entero entre 1 y 366";
    case "calendar_days":
      return Number.isInteger(amount) && amount >= 1 && amount <= 3660
        ? null
        : "Los días calendario deben ser un entero entre 1 y 3660";
    case "business_hours":
    case "hours":
      return amount > 0 && amount <= 10_000 ? null : "Las horas deben ser mayores que 0 y como máximo 10000";
  }
}

export function atRiskRatioProblem(ratio: number): string | null {
  return ratio > 0 && ratio < 1 ? null : "La proporción de riesgo debe estar entre 0 y 1 (exclusivo)";
}

/** The due instant of a rule started at `start`, before any pause. */
export function baseDueAt(rule: DeadlineRule, start: Date, calendar: BusinessCalendar): Date {
  switch (rule.unit) {
    case "business_days":
      return calendar.addBusinessDays(start, rule.amount);
    case "same_business_day":
      return calendar.endOfBusinessDay(start);
    case "business_hours":
      return calendar.addBusinessHours(start, rule.amount);
    case "hours":
      return calendar.addHours(start, rule.amount);
    case "calendar_days":
      return calendar.addCalendarDays(start, rule.amount);
  }
}

/** How much of a deadline's clock ran between two instants: working time or clock time, per its measure. */
export function elapsedOn(measure: DeadlineMeasure, from: Date, to: Date, calendar: BusinessCalendar): number {
  if (to <= from) return 0;
  return measure === "business" ? calendar.businessTimeBetween(from, to) : to.getTime() - from.getTime();
}

function advance(measure: DeadlineMeasure, from: Date, ms: number, calendar: BusinessCalendar): Date {
  return measure === "business" ? calendar.addBusinessTime(from, ms) : new Date(from.getTime() + ms);
}

export interface DeadlineTiming {
  rule: DeadlineRule;
  startedAt: Date;
  /** Time spent paused, measured on the deadline's own clock (working time for business measures). */
  pausedMs: number;
  atRiskRatio: number;
}

export interface DeadlineSchedule {
  measure: DeadlineMeasure;
  /** The last on-time instant: completing at exactly dueAt is on time; one millisecond later is breached. */
  dueAt: Date;
  /** When `atRiskRatio` of the allowed time has run (pauses excluded). */
  atRiskAt: Date;
}

/**
 * Due and at-risk instants. The allowed time is what the rule grants from the start (working time for
 * business measures, clock time otherwise); pauses push both instants forward by the paused time
 * measured on that same clock — a pause over a weekend moves a business deadline by the working time
 * inside the pause (none, if the pause is entirely outside working hours).
 */
export function scheduleDeadline(timing: DeadlineTiming, calendar: BusinessCalendar): DeadlineSchedule {
  const measure = measureOf(timing.rule.unit);
  const baseDue = baseDueAt(timing.rule, timing.startedAt, calendar);
  const allowed = elapsedOn(measure, timing.startedAt, baseDue, calendar);
  const dueAt = advance(measure, baseDue, timing.pausedMs, calendar);
  const atRiskAt = advance(measure, timing.startedAt, Math.round(allowed * timing.atRiskRatio) + timing.pausedMs, calendar);
  return { measure, dueAt, atRiskAt };
}

/** Breached strictly after the due instant: the due instant itself is still on time. */
export function isPastDue(dueAt: Date, now: Date): boolean {
  return now.getTime() > dueAt.getTime();
}

/** The first instant at which a deadline is breached; its timer is set here. */
export function breachInstant(dueAt: Date): Date {
  return new Date(dueAt.getTime() + 1);
}

export const DEADLINE_STATUSES = ["running", "paused", "met", "breached", "cancelled"] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];
export type DeadlinePhase = "on_time" | "at_risk" | "breached" | "paused" | "met" | "cancelled";

/**
 * What a deadline looks like at `now`: a running deadline is on time, at risk (from atRiskAt on) or
 * breached (after dueAt, even before its timer has flipped the stored status).
 */
export function deadlinePhase(deadline: { status: DeadlineStatus; dueAt: Date; atRiskAt: Date }, now: Date): DeadlinePhase {
  if (deadline.status !== "running") return deadline.status;
  if (isPastDue(deadline.dueAt, now)) return "breached";
  return now.getTime() >= deadline.atRiskAt.getTime() ? "at_risk" : "on_time";
}
