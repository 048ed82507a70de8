import { DateTime } from "luxon";
import { publicHolidays } from "../../platform/calendar/business-calendar.js";
import type { Channel, ContactPolicy, PolicyRule } from "./catalog-types.js";

/**
 * The contact policy: may this attempt be made now? A pure function of the preset, the attempt and the
 * customer's contact history across every campaign and channel of the tenant. No clock, no I/O: `now`,
 * the time zone and the holiday test are passed.
 *
 * Semantics (each has a test in rules.test.ts):
 * - Windows are half-open [from, to) in the tenant's local time: with Saturday 08:00–15:00, 14:59 is
 *   allowed and 15:00 sharp is not; 07:00 sharp on a weekday is allowed, 06:59 is not, 19:00 is not.
 * - A day without a window (Sunday in the CO preset) allows nothing; a public holiday allows nothing when
 *   the preset says so, whatever its weekday.
 * - "One contact a day" counts direct contacts (a live person reached) of the customer on the same local
 *   date, across campaigns and channels; unanswered attempts are counted by the attempt limits instead.
 * - "No second channel that week": once a direct contact was made in the current ISO week (Monday–Sunday,
 *   local), an attempt through any other channel that week is refused.
 * - Attempt limits count attempts of the same record (per local day and in total) and of the same phone
 *   number (per local day and in total, whoever's record it is).
 * - A dropped call locks the number out for `dropLockoutHours` from the drop.
 * - A rule listed under the attempt's legal basis in `exemptions` is skipped.
 */

export interface PastContact {
  at: Date;
  channel: Channel;
  /** A live person was reached. */
  directContact: boolean;
  dropped: boolean;
  recordId: string | null;
  phone: string | null;
}

export interface AttemptFacts {
  now: Date;
  timezone: string;
  isHoliday: (date: Date) => boolean;
  channel: Channel;
  /** The number or address to be contacted. */
  phone: string;
  /** A reference (relative, neighbour) is never contacted under the CO preset. */
  phoneKind: "customer" | "reference";
  authorisedChannels: readonly Channel[];
  /** The legal basis of the list type (e.g. "commercial", "requested_information"). */
  legalBasis: string;
  recordId: string;
  /** The suppression lists this number is on, for this channel (or for all channels). */
  suppressedOn: ReadonlyArray<"rne" | "dnc">;
  /** The local date (YYYY-MM-DD) the RNE entry was consulted, when the number is on the RNE (for its grace). */
  rneConsultedOn?: string | null;
  /** The customer's contacts and attempts, and the number's, across every campaign and channel. */
  history: readonly PastContact[];
}

export type PolicyDecision = { allowed: true } | { allowed: false; rule: PolicyRule; message: string };

const WEEKDAY_NAMES = ["", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"];

function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h! * 60 + m!;
}

/**
 * Whether an RNE registration binds on `today`: the CRC gives suppliers N business days after a registration to
 * stop contacting (5 under the CO rule); the preset's `rneGraceBusinessDays` says how many the operator takes (0:
 * from the day it was consulted). Business days are Monday to Friday, not holidays, in the tenant's zone; an entry
 * without its consultation date binds at once.
 */
export function isRneEffective(
  consultedOn: string | null,
  graceBusinessDays: number,
  today: string,
  timezone: string,
  isHoliday: (date: Date) => boolean,
): boolean {
  if (!consultedOn || graceBusinessDays <= 0) return true;
  let day = DateTime.fromISO(consultedOn, { zone: timezone }).set({ hour: 12 });
  for (let counted = 0; counted < graceBusinessDays; ) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5 && !isHoliday(day.toJSDate())) counted++;
  }
  return today >= day.toISODate()!;
}

function refuse(rule: PolicyRule, message: string): PolicyDecision {
  return { allowed: false, rule, message };
}

/** Evaluates every rule of the preset, in POLICY_RULES order; the first that refuses is named. */
export function evaluateContact(policy: ContactPolicy, facts: AttemptFacts): PolicyDecision {
  const exempt = new Set(policy.exemptions[facts.legalBasis] ?? []);
  const applies = (rule: PolicyRule) => !exempt.has(rule);
  const local = DateTime.fromJSDate(facts.now, { zone: facts.timezone });
  const basis = `(${policy.name})`;

  if (applies("reference") && policy.neverReferences && facts.phoneKind === "reference") {
    return refuse("reference", `No se contacta a las referencias personales ${basis}`);
  }
  if (applies("channel_not_authorised") && policy.authorisedChannelsOnly && !facts.authorisedChannels.includes(facts.channel)) {
    return refuse("channel_not_authorised", `El cliente no autorizó el canal «${facts.channel}» ${basis}`);
  }
  if (applies("dnc") && policy.suppressionLists.includes("dnc") && facts.suppressedOn.includes("dnc")) {
    return refuse("dnc", `El número ${facts.phone} está en la lista de no contactar del operador`);
  }
  if (
    applies("rne") &&
    policy.suppressionLists.includes("rne") &&
    facts.suppressedOn.includes("rne") &&
    isRneEffective(
      facts.rneConsultedOn ?? null,
      policy.rneGraceBusinessDays ?? 0,
      local.toISODate()!,
      facts.timezone,
      facts.isHoliday,
    )
  ) {
    return refuse("rne", `El número ${facts.phone} está en el Registro de Números Excluidos (RNE)`);
  }
  if (applies("holiday") && policy.noContactOnHolidays && facts.isHoliday(facts.now)) {
    return refuse("holiday", `Hoy es festivo: no se contacta ${basis}`);
  }
  const weekday = String(local.weekday) as keyof ContactPolicy["windows"];
  const window = policy.windows[weekday];
  if (applies("closed_day") && !window) {
    return refuse("closed_day", `Los ${WEEKDAY_NAMES[local.weekday]}s no se contacta ${basis}`);
  }
  if (applies("outside_hours") && window) {
    const minute = local.hour * 60 + local.minute;
    if (minute < minutesOf(window[0]) || minute >= minutesOf(window[1])) {
      return refuse(
        "outside_hours",
        `Fuera del horario permitido: el ${WEEKDAY_NAMES[local.weekday]} se contacta de ${window[0]} a ${window[1]} ${basis}`,
      );
    }
  }

  const today = local.toISODate();
  const sameDay = (c: PastContact) => DateTime.fromJSDate(c.at, { zone: facts.timezone }).toISODate() === today;
  const sameWeek = (c: PastContact) => {
    const at = DateTime.fromJSDate(c.at, { zone: facts.timezone });
    return at.weekYear === local.weekYear && at.weekNumber === local.weekNumber;
  };
  const contacts = facts.history.filter((c) => c.directContact);

  if (applies("daily_contact") && policy.maxDirectContactsPerDay !== null) {
    const todays = contacts.filter(sameDay).length;
    if (todays >= policy.maxDirectContactsPerDay) {
      return refuse(
        "daily_contact",
        `El cliente ya fue contactado hoy: máximo ${policy.maxDirectContactsPerDay} al día ${basis}`,
      );
    }
  }
  if (applies("weekly_other_channel") && policy.singleChannelPerWeek) {
    const other = contacts.find((c) => sameWeek(c) && c.channel !== facts.channel);
    if (other) {
      return refuse(
        "weekly_other_channel",
        `El cliente ya fue contactado esta semana por «${other.channel}»: no se usa otro canal esta semana ${basis}`,
      );
    }
  }
  if (applies("drop_lockout") && policy.dropLockoutHours > 0) {
    const lockMs = policy.dropLockoutHours * 3_600_000;
    const drop = facts.history.find(
      (c) => c.dropped && c.phone === facts.phone && facts.now.getTime() - c.at.getTime() < lockMs && c.at <= facts.now,
    );
    if (drop) {
      return refuse(
        "drop_lockout",
        `Al número ${facts.phone} se le abandonó una llamada: no se remarca por ${policy.dropLockoutHours} h`,
      );
    }
  }
  const limits = policy.attemptLimits;
  const ofRecord = facts.history.filter((c) => c.recordId === facts.recordId);
  const ofPhone = facts.history.filter((c) => c.phone === facts.phone);
  const checks: Array<[PolicyRule, number | null, number, string]> = [
    ["record_daily_attempts", limits.perRecordPerDay, ofRecord.filter(sameDay).length, "intentos hoy para este registro"],
    ["record_total_attempts", limits.perRecordTotal, ofRecord.length, "intentos en total para este registro"],
    ["phone_daily_attempts", limits.perPhonePerDay, ofPhone.filter(sameDay).length, `intentos hoy al número ${facts.phone}`],
    ["phone_total_attempts", limits.perPhoneTotal, ofPhone.length, `intentos en total al número ${facts.phone}`],
  ];
  for (const [rule, limit, count, what] of checks) {
    if (applies(rule) && limit !== null && count >= limit) return refuse(rule, `Se alcanzó el límite de ${limit} ${what}`);
  }
  return { allowed: true };
}

/** Cross-field checks of a preset document (its schema already holds): windows that open before they close. */
export function validatePolicy(policy: ContactPolicy): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  for (const [day, window] of Object.entries(policy.windows)) {
    if (window && minutesOf(window[0]) >= minutesOf(window[1])) {
      issues.push({ path: `windows.${day}`, message: `La franja del día ${day} debe abrir antes de cerrar` });
    }
  }
  return issues;
}

/**
 * The holiday test of a preset: the national holidays of the preset's country (date-holidays' public ones), read on the
 * local day in `timezone`. An EC or BO campaign keeps Ecuador's or Bolivia's holidays whatever the tenant's country.
 */
export function presetHolidays(country: string, timezone: string): (date: Date) => boolean {
  return (date) => {
    const day = DateTime.fromJSDate(date, { zone: timezone });
    return publicHolidays(country, day.year).has(day.toISODate()!);
  };
}
