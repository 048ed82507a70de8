import { readFileSync } from "node:fs";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { businessCalendar } from "../../platform/calendar/business-calendar.js";
import type { ContactPolicy } from "./catalog-types.js";
import { type AttemptFacts, evaluateContact, isRneEffective, type PastContact, presetHolidays, validatePolicy } from "./rules.js";

const preset = (scope: string): ContactPolicy =>
  JSON.parse(readFileSync(new URL(`../../../catalogs/contact_policy/${scope}.json`, import.meta.url), "utf8"));
const CO = preset("co");
const EC = preset("ec");
const BO = preset("bo");
const TZ = "America/Bogota";
const calendar = businessCalendar({ country: "CO", timezone: TZ, workingHours: { "1": ["08:00", "18:00"] } });

/** A local Bogotá wall-clock time. 2026-12-07 is a Monday; 2026-12-08 (Inmaculada Concepción) a holiday. */
const at = (iso: string) => DateTime.fromISO(iso, { zone: TZ }).toJSDate();

const facts = (overrides: Partial<AttemptFacts> = {}): AttemptFacts => ({
  now: at("2026-12-07T10:00"),
  timezone: TZ,
  isHoliday: (d) => calendar.isHoliday(d),
  channel: "call",
  phone: "3001234567",
  phoneKind: "customer",
  authorisedChannels: ["call", "sms"],
  legalBasis: "commercial",
  recordId: "r1",
  suppressedOn: [],
  history: [],
  ...overrides,
});

const past = (iso: string, overrides: Partial<PastContact> = {}): PastContact => ({
  at: at(iso),
  channel: "call",
  directContact: false,
  dropped: false,
  recordId: "r1",
  phone: "3001234567",
  ...overrides,
});

const ruleAt = (iso: string, policy = CO) => {
  const decision = evaluateContact(policy, facts({ now: at(iso) }));
  return decision.allowed ? "allowed" : decision.rule;
};

describe("CO preset (Ley 2300): contact windows", () => {
  it.each([
    ["2026-12-07T06:59", "outside_hours"],
    ["2026-12-07T07:00", "allowed"],
    ["2026-12-07T18:59", "allowed"],
    ["2026-12-07T19:00", "outside_hours"],
    ["2026-12-07T23:30", "outside_hours"],
    ["2026-12-11T12:00", "allowed"],
    ["2026-12-12T07:59", "outside_hours"],
    ["2026-12-12T08:00", "allowed"],
    ["2026-12-12T14:59", "allowed"],
    ["2026-12-12T15:00", "outside_hours"],
    ["2026-12-13T10:00", "closed_day"],
    ["2026-12-08T10:00", "holiday"],
    ["2026-01-01T09:00", "holiday"],
    ["2026-12-25T09:00", "holiday"],
  ])("%s → %s", (iso, expected) => {
    expect(ruleAt(iso)).toBe(expected);
  });

  it("names the window of the day in its refusal", () => {
    const decision = evaluateContact(CO, facts({ now: at("2026-12-12T15:00") }));
    expect(decision).toEqual({
      allowed: false,
      rule: "outside_hours",
      message: "Fuera del horario permitido: el sábado se contacta de 08:00 a 15:00 (Ley 2300 de 2023 (Colombia))",
    });
  });

  it("reads the instant in the tenant's zone: 12:30 UTC is 07:30 in Bogotá, 00:30 UTC Tuesday is Monday 19:30", () => {
    expect(evaluateContact(CO, facts({ now: new Date("2026-12-07T12:30:00Z") })).allowed).toBe(true);
    expect(evaluateContact(CO, facts({ now: new Date("2026-12-08T00:30:00Z") }))).toMatchObject({ rule: "outside_hours" });
  });
});

describe("CO preset: frequency", () => {
  it("refuses a second direct contact the same day, across campaigns and channels", () => {
    const history = [past("2026-12-07T08:00", { directContact: true, recordId: "other-campaign-record" })];
    expect(evaluateContact(CO, facts({ history }))).toMatchObject({ allowed: false, rule: "daily_contact" });
  });

  it("allows a contact the next day, through the same channel", () => {
    const history = [past("2026-12-07T08:00", { directContact: true })];
    expect(evaluateContact(CO, facts({ now: at("2026-12-09T09:00"), history })).allowed).toBe(true);
  });

  it("does not count unanswered attempts as contacts", () => {
    const history = [past("2026-12-07T08:00"), past("2026-12-07T09:00", { phone: "6015550000" })];
    expect(evaluateContact(CO, facts({ history })).allowed).toBe(true);
  });

  it("refuses another channel the same week after a direct contact, and allows it the next week", () => {
    const history = [past("2026-12-07T08:00", { directContact: true, channel: "sms" })];
    expect(evaluateContact(CO, facts({ now: at("2026-12-10T09:00"), history }))).toMatchObject({
      rule: "weekly_other_channel",
    });
    expect(evaluateContact(CO, facts({ now: at("2026-12-14T09:00"), history })).allowed).toBe(true);
  });

  it("treats Sunday as the end of the ISO week: a contact Monday 7 and an attempt Saturday 12 are the same week", () => {
    const history = [past("2026-12-07T08:00", { directContact: true, channel: "email" })];
    expect(evaluateContact(CO, facts({ now: at("2026-12-12T09:00"), history }))).toMatchObject({
      rule: "weekly_other_channel",
    });
  });
});

describe("CO preset: who and how", () => {
  it("never contacts a reference", () => {
    expect(evaluateContact(CO, facts({ phoneKind: "reference" }))).toMatchObject({ rule: "reference" });
  });

  it("only uses authorised channels", () => {
    expect(evaluateContact(CO, facts({ channel: "whatsapp" }))).toMatchObject({ rule: "channel_not_authorised" });
  });

  it("refuses a number on the RNE or the do-not-call list, naming which", () => {
    expect(evaluateContact(CO, facts({ suppressedOn: ["rne"] }))).toMatchObject({
      rule: "rne",
      message: "El número 3001234567 está en el Registro de Números Excluidos (RNE)",
    });
    expect(evaluateContact(CO, facts({ suppressedOn: ["dnc"] }))).toMatchObject({ rule: "dnc" });
  });

  it("locks out a number whose call was dropped, for the preset's hours", () => {
    const history = [past("2026-12-07T09:00", { dropped: true, directContact: false })];
    expect(evaluateContact(CO, facts({ history }))).toMatchObject({ rule: "drop_lockout" });
    expect(evaluateContact(CO, facts({ now: at("2026-12-09T09:00"), history })).allowed).toBe(true);
  });
});

describe("attempt limits per record and per phone", () => {
  it("refuses the 4th attempt of a record in a day and allows it the next day", () => {
    const history = ["08:00", "09:00", "09:30"].map((t, i) => past(`2026-12-07T${t}`, { phone: `60100000${i}` }));
    expect(evaluateContact(CO, facts({ history }))).toMatchObject({ rule: "record_daily_attempts" });
    expect(evaluateContact(CO, facts({ now: at("2026-12-09T08:00"), history })).allowed).toBe(true);
  });

  it("refuses the 3rd attempt to a phone in a day, whichever record it is of", () => {
    const history = [past("2026-12-07T08:00", { recordId: "a" }), past("2026-12-07T09:00", { recordId: "b" })];
    expect(evaluateContact(CO, facts({ history }))).toMatchObject({ rule: "phone_daily_attempts" });
  });

  it("refuses past the total limits", () => {
    const days = ["01", "02", "03", "04", "09", "10", "11", "14", "15", "16", "17", "18"];
    const history = days.map((d, i) => past(`2026-11-${d}T09:00`.replace("11-", "10-"), { phone: `60200000${i}` }));
    expect(evaluateContact(CO, facts({ history }))).toMatchObject({ rule: "record_total_attempts" });
    const phoneHistory = days.slice(0, 8).map((d) => past(`2026-10-${d}T09:00`, { recordId: null }));
    expect(evaluateContact(CO, facts({ history: phoneHistory }))).toMatchObject({ rule: "phone_total_attempts" });
  });

  it("applies no limit when the preset says null", () => {
    const unlimited: ContactPolicy = {
      ...CO,
      attemptLimits: { perRecordPerDay: null, perRecordTotal: null, perPhonePerDay: null, perPhoneTotal: null },
    };
    const history = ["08:00", "08:10", "08:20", "08:30", "08:40"].map((t) => past(`2026-12-07T${t}`));
    expect(evaluateContact(unlimited, facts({ history })).allowed).toBe(true);
  });
});

describe("exemptions by legal basis", () => {
  it("skips the rules the operator exempted for a basis, and only for it", () => {
    const policy: ContactPolicy = { ...CO, exemptions: { requested_information: ["outside_hours", "daily_contact"] } };
    const history = [past("2026-12-07T08:00", { directContact: true })];
    const evening = at("2026-12-07T19:30");
    expect(evaluateContact(policy, facts({ now: evening, history, legalBasis: "requested_information" })).allowed).toBe(true);
    expect(evaluateContact(policy, facts({ now: evening, history, legalBasis: "commercial" }))).toMatchObject({
      rule: "outside_hours",
    });
  });
});

describe("EC and BO presets", () => {
  it("EC: weekdays until 20:00, no Saturdays", () => {
    expect(ruleAt("2026-12-07T19:30", EC)).toBe("allowed");
    expect(ruleAt("2026-12-07T20:00", EC)).toBe("outside_hours");
    expect(ruleAt("2026-12-12T10:00", EC)).toBe("closed_day");
  });

  it("BO: Saturday mornings only", () => {
    expect(ruleAt("2026-12-12T12:59", BO)).toBe("allowed");
    expect(ruleAt("2026-12-12T13:00", BO)).toBe("outside_hours");
  });

  it("every preset is valid", () => {
    for (const policy of [CO, EC, BO]) expect(validatePolicy(policy)).toEqual([]);
    expect(validatePolicy({ ...CO, windows: { "1": ["19:00", "07:00"] } })).toEqual([
      { path: "windows.1", message: "La franja del día 1 debe abrir antes de cerrar" },
    ]);
  });
});

describe("RNE grace: a registration binds after the business days the preset takes", () => {
  const holiday = (d: Date) => calendar.isHoliday(d);
  it("counts business days after the consultation, skipping the weekend and the 8 December holiday", () => {
    // Consulted Thursday 3 Dec; 5 business days: Fri 4, Mon 7, Wed 9, Thu 10, Fri 11 (Tue 8 is a holiday).
    expect(isRneEffective("2026-12-03", 5, "2026-12-10", TZ, holiday)).toBe(false);
    expect(isRneEffective("2026-12-03", 5, "2026-12-11", TZ, holiday)).toBe(true);
    expect(isRneEffective("2026-12-03", 1, "2026-12-04", TZ, holiday)).toBe(true);
    expect(isRneEffective("2026-12-04", 1, "2026-12-06", TZ, holiday)).toBe(false); // Sunday
    expect(isRneEffective("2026-12-04", 1, "2026-12-07", TZ, holiday)).toBe(true);
  });
  it("binds at once without a grace or without the consultation date", () => {
    expect(isRneEffective("2026-12-07", 0, "2026-12-07", TZ, holiday)).toBe(true);
    expect(isRneEffective(null, 5, "2026-12-07", TZ, holiday)).toBe(true);
  });
  it("the policy lets the number be called inside the grace and refuses it from the day it binds", () => {
    const withGrace = { ...CO, rneGraceBusinessDays: 5 };
    const onRne = { suppressedOn: ["rne" as const], rneConsultedOn: "2026-12-03" };
    expect(evaluateContact(withGrace, facts({ ...onRne, now: at("2026-12-10T10:00") }))).toEqual({ allowed: true });
    expect(evaluateContact(withGrace, facts({ ...onRne, now: at("2026-12-11T10:00") }))).toMatchObject({ rule: "rne" });
    // The shipped CO preset takes no grace: the RNE binds the day it is consulted.
    expect(evaluateContact(CO, facts({ ...onRne, now: at("2026-12-03T10:00") }))).toMatchObject({ rule: "rne" });
  });
});

describe("the EC and BO presets keep their own national holidays", () => {
  const ruleOn = (policy: ContactPolicy, iso: string) => {
    const decision = evaluateContact(policy, facts({ now: at(iso), isHoliday: presetHolidays(policy.country, TZ) }));
    return decision.allowed ? "allowed" : decision.rule;
  };

  it("Ecuador: 10 August (Primer Grito de Independencia) is refused under EC, a working Monday under CO", () => {
    expect(ruleOn(EC, "2026-08-10T10:00")).toBe("holiday");
    expect(ruleOn(CO, "2026-08-10T10:00")).toBe("allowed");
    // Colombia's 8 December is an ordinary Tuesday in Ecuador.
    expect(ruleOn(EC, "2026-12-08T10:00")).toBe("allowed");
  });

  it("Bolivia: 22 January (Estado Plurinacional) is refused under BO, a working Thursday under CO and EC", () => {
    expect(ruleOn(BO, "2026-01-22T10:00")).toBe("holiday");
    expect(ruleOn(CO, "2026-01-22T10:00")).toBe("allowed");
    expect(ruleOn(EC, "2026-01-22T10:00")).toBe("allowed");
    expect(evaluateContact(BO, facts({ now: at("2026-01-22T10:00"), isHoliday: presetHolidays("BO", TZ) }))).toMatchObject({
      allowed: false,
      message: expect.stringMatching(/^Hoy es festivo: no se contacta/),
    });
  });

  it("reads the holiday on the local day: 23:30 on 9 August in Bogotá is not yet Ecuador's 10 August", () => {
    const isHoliday = presetHolidays("EC", TZ);
    expect(isHoliday(at("2026-08-09T23:30"))).toBe(false);
    expect(isHoliday(at("2026-08-10T00:00"))).toBe(true);
  });
});
