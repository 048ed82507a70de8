import { readFileSync } from "node:fs";
import path from "node:path";
import { Value } from "@sinclair/typebox/value";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { businessCalendar } from "../../platform/calendar/business-calendar.js";
import { DEFAULT_WORKING_HOURS } from "../../platform/calendar/countries.js";
import { PqrClocks } from "./catalog-types.js";
import {
  addLegalBusinessDays,
  answerClock,
  appealWindowEndsOn,
  appealWindowProblem,
  clockStatus,
  cunProblem,
  cunRangeProblem,
  evidenceProblem,
  filingProblem,
  formatCun,
  legalCalendar,
  readAuthorityAnswer,
  receiptDay,
  subtractLegalBusinessDays,
} from "./rules.js";

const ZONE = "America/Bogota";
const at = (local: string) => DateTime.fromISO(local, { zone: ZONE }).toJSDate();
const readClocks = (scope: string): PqrClocks =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../catalogs/pqr_clocks/${scope}.json`), "utf8"));
const CO = readClocks("co");
// The default tenant week opens Saturday 08:00–13:00; legal terms still count Monday to Friday.
const calendar = businessCalendar({ country: "CO", timezone: ZONE, workingHours: DEFAULT_WORKING_HOURS });
const legal = legalCalendar({ country: "CO", timezone: ZONE }, CO.businessWeekdays);

describe("the country presets are valid catalog data", () => {
  it.each(["co", "ec", "bo"])("%s matches the schema and records its basis", (scope) => {
    const clocks = readClocks(scope);
    expect([...Value.Errors(PqrClocks, clocks)]).toEqual([]);
    expect(clocks.basis.length).toBeGreaterThan(20);
  });
  it("Colombia: 15 business days to answer, 72 hours after silence, 10 business days to appeal, SIC", () => {
    expect(CO).toMatchObject({
      answerBusinessDays: 15,
      silenceGrantHours: 72,
      appealBusinessDays: 10,
      authority: { code: "SIC" },
    });
  });
});

describe("the answer clock (15 business days, CO)", () => {
  it("a holiday inside the 15 days pushes the due day by one (San José, Monday 23 March 2026)", () => {
    expect(calendar.isHoliday(at("2026-03-23T12:00"))).toBe(true);
    const clock = answerClock(at("2026-03-10T10:00"), CO, calendar, legal);
    expect(clock.receivedOn).toBe("2026-03-10");
    // 15 weekdays after Tuesday 10 March would be Tuesday 31 March; the holiday makes it Wednesday 1 April.
    expect(clock.dueOn).toBe("2026-04-01");
    expect(clock.atRiskOn).toBe("2026-03-27"); // 3 business days before: 31, 30, 27 March
    expect(clock.atRiskAt).toEqual(at("2026-03-27T00:00"));
    // The whole due day is on time: silence from the next local midnight.
    expect(clock.silenceAt).toEqual(at("2026-04-02T00:00"));
  });

  it("Holy Thursday and Good Friday both count out (due 9 April when received 16 March)", () => {
    expect(answerClock(at("2026-03-16T09:00"), CO, calendar, legal).dueOn).toBe("2026-04-09");
  });

  it("filed on Saturday — even while the tenant is open — is received on Monday", () => {
    const saturday = answerClock(at("2026-03-14T10:00"), CO, calendar, legal);
    expect(saturday.receivedOn).toBe("2026-03-16");
    expect(saturday.dueOn).toBe("2026-04-09");
  });

  it("filed on Sunday is received on Monday", () => {
    const sunday = answerClock(at("2026-03-15T11:00"), CO, calendar, legal);
    expect(sunday).toMatchObject({ receivedOn: "2026-03-16", dueOn: "2026-04-09" });
  });

  it("filed in the evening, after closing time, is received the next business day", () => {
    expect(answerClock(at("2026-03-09T19:00"), CO, calendar, legal).receivedOn).toBe("2026-03-10");
    // 18:00 sharp is already closed; 17:59 is still the same day.
    expect(receiptDay(at("2026-03-09T18:00"), calendar, legal)).toBe("2026-03-10");
    expect(receiptDay(at("2026-03-09T17:59"), calendar, legal)).toBe("2026-03-09");
    // Friday evening: the tenant's Saturday opening is not a legal business day, so Monday.
    expect(answerClock(at("2026-03-13T19:00"), CO, calendar, legal).receivedOn).toBe("2026-03-16");
    expect(answerClock(at("2026-03-13T17:00"), CO, calendar, legal).dueOn).toBe("2026-04-08");
  });

  it("where the clock stands: on time, at risk from its day, past due after the due day", () => {
    const clock = { dueOn: "2026-04-01", atRiskOn: "2026-03-27" };
    expect(clockStatus(at("2026-03-26T23:59"), clock, ZONE)).toBe("on_time");
    expect(clockStatus(at("2026-03-27T00:00"), clock, ZONE)).toBe("at_risk");
    expect(clockStatus(at("2026-04-01T23:59"), clock, ZONE)).toBe("at_risk");
    expect(clockStatus(at("2026-04-02T00:00"), clock, ZONE)).toBe("past_due");
  });

  it("the at-risk day never falls before the receipt day", () => {
    expect(subtractLegalBusinessDays("2026-03-11", 5, legal, "2026-03-10")).toBe("2026-03-10");
    const short = answerClock(
      at("2026-03-10T10:00"),
      { ...CO, answerBusinessDays: 1, atRiskBusinessDaysBefore: 3 },
      calendar,
      legal,
    );
    expect(short).toMatchObject({ receivedOn: "2026-03-10", dueOn: "2026-03-11", atRiskOn: "2026-03-10" });
    expect(short.atRiskAt).toEqual(at("2026-03-10T10:00"));
  });

  it("other countries count on their own holidays (Ecuador: Good Friday 3 April 2026)", () => {
    const ec = readClocks("ec");
    const ecCalendar = businessCalendar({ country: "EC", timezone: "America/Guayaquil", workingHours: DEFAULT_WORKING_HOURS });
    const ecLegal = legalCalendar({ country: "EC", timezone: "America/Guayaquil" }, ec.businessWeekdays);
    expect(ecLegal.isBusinessDay("2026-04-03")).toBe(false);
    expect(ecLegal.isBusinessDay("2026-03-23")).toBe(true); // San José is Colombian only
    expect(addLegalBusinessDays("2026-03-20", 1, ecLegal)).toBe("2026-03-23");
    expect(answerClock(at("2026-03-10T10:00"), ec, ecCalendar, ecLegal).dueOn).toBe("2026-03-31");
  });
});

describe("the appeal window (10 business days from notification)", () => {
  // Notified Wednesday 15 April 2026: days 1–10 are 16, 17, 20, 21, 22, 23, 24, 27, 28, 29 April.
  const notifiedAt = at("2026-04-15T10:00");
  const endsOn = appealWindowEndsOn(notifiedAt, CO, calendar, legal);

  it("ends on the 10th business day after the notification", () => {
    expect(endsOn).toBe("2026-04-29");
  });
  it("day 10 is accepted", () => {
    expect(appealWindowProblem(at("2026-04-29T16:00"), endsOn, calendar, legal)).toBeNull();
  });
  it("day 11 is refused, with the day the window ended", () => {
    expect(appealWindowProblem(at("2026-04-30T09:00"), endsOn, calendar, legal)).toBe(
      "El plazo para interponer el recurso venció el 29/04/2026; se recibiría el 30/04/2026",
    );
  });
  it("day 10 after closing time counts as received on day 11, so it is refused", () => {
    expect(appealWindowProblem(at("2026-04-29T19:00"), endsOn, calendar, legal)).toMatch(/venció el 29\/04\/2026/);
  });
  it("without a notified answer there is nothing to appeal", () => {
    expect(appealWindowProblem(at("2026-04-16T09:00"), null, calendar, legal)).toMatch(/no tiene una respuesta notificada/);
  });
  it("a notification on Friday evening counts from Monday", () => {
    expect(appealWindowEndsOn(at("2026-04-17T20:00"), CO, calendar, legal)).toBe("2026-05-05"); // 1 May is a holiday
  });
});

describe("the CUN", () => {
  const range = { prefix: "4001", firstNumber: 1000, lastNumber: 1999, width: 8, pattern: "4001\\d{8}" };

  it("is the prefix and the zero-padded number", () => {
    expect(formatCun(range, 1000)).toBe("400100001000");
  });
  it("inside the range and in the pattern: accepted", () => {
    expect(cunProblem("400100001500", range)).toBeNull();
  });
  it("outside the range: refused with the range", () => {
    expect(cunProblem("400100002000", range)).toBe(
      "El CUN 400100002000 está fuera del rango asignado (400100001000 a 400100001999)",
    );
    expect(cunProblem("400100000999", range)).toMatch(/fuera del rango/);
  });
  it("not in the tenant's format: refused", () => {
    expect(cunProblem("4001-0000-1500", range)).toMatch(/no tiene el formato configurado/);
    expect(cunProblem("40010000150", range)).toMatch(/no tiene el formato/);
  });
  it("a range whose own CUNs break the pattern, or that does not fit its digits, is unusable", () => {
    expect(cunRangeProblem(range)).toBeNull();
    expect(cunRangeProblem({ ...range, pattern: "4002\\d{8}" })).toMatch(/no cumple el patrón/);
    expect(cunRangeProblem({ ...range, width: 3 })).toMatch(/no cabe en 3 dígitos/);
    expect(cunRangeProblem({ ...range, firstNumber: 5, lastNumber: 4 })).toMatch(/no puede ser mayor/);
    expect(cunRangeProblem({ ...range, pattern: "(" })).toMatch(/expresión regular válida/);
  });
});

describe("evidence files", () => {
  const limits = CO.evidence;
  const pdf = Buffer.from("%PDF-1.4 prueba");
  it("a PDF within the size is accepted", () => {
    expect(evidenceProblem({ fileName: "factura.pdf", mediaType: "application/pdf", content: pdf }, limits, 0)).toBeNull();
  });
  it("too large, empty, of a type not accepted, or not what it claims: refused", () => {
    const big = Buffer.alloc(limits.maxBytes + 1, 0x25);
    expect(evidenceProblem({ fileName: "x.pdf", mediaType: "application/pdf", content: big }, limits, 0)).toMatch(
      /pesa 5,0 MB; el máximo es 5,0 MB/,
    );
    expect(evidenceProblem({ fileName: "x.pdf", mediaType: "application/pdf", content: Buffer.alloc(0) }, limits, 0)).toMatch(
      /vacío/,
    );
    expect(evidenceProblem({ fileName: "x.exe", mediaType: "application/x-msdownload", content: pdf }, limits, 0)).toMatch(
      /tipo no permitido/,
    );
    expect(evidenceProblem({ fileName: "x.png", mediaType: "image/png", content: pdf }, limits, 0)).toMatch(
      /no corresponde al tipo image\/png/,
    );
  });
  it("no more than the catalog's number of files", () => {
    expect(evidenceProblem({ fileName: "x.pdf", mediaType: "application/pdf", content: pdf }, limits, limits.maxFiles)).toMatch(
      /máximo de 10/,
    );
  });
});

describe("filing fields", () => {
  const base = { type: "complaint", subject: "Cobro doble", filingChannel: "phone", responseChannel: "in_person" };
  it("accepts a complete filing", () => expect(filingProblem(base)).toBeNull());
  it("names the field at fault", () => {
    expect(filingProblem({ ...base, type: "reclamo" })?.field).toBe("type");
    expect(filingProblem({ ...base, subject: "  " })?.field).toBe("subject");
    expect(filingProblem({ ...base, filingChannel: "fax" })?.field).toBe("filingChannel");
    expect(filingProblem({ ...base, responseChannel: "email" })).toEqual({
      field: "responseAddress",
      message: "Indique a dónde enviar la respuesta (correo, teléfono o dirección)",
    });
    expect(filingProblem({ ...base, amountInDispute: "doce mil" })?.field).toBe("amountInDispute");
    expect(filingProblem({ ...base, amountInDispute: "-5" })?.field).toBe("amountInDispute");
    expect(filingProblem({ ...base, amountInDispute: "12000.50" })).toBeNull();
  });
});

describe("the authority's answer to a forwarded file", () => {
  const decided = { decision: "modified", decisionText: "  Se reduce el valor  ", decidedOn: "2026-06-01" };
  it("carries a decision only with a known decision, a text and a date", () => {
    expect(readAuthorityAnswer(decided)).toEqual({
      decision: "modified",
      decisionText: "Se reduce el valor",
      decidedOn: "2026-06-01",
    });
    for (const decision of ["confirmed", "revoked"])
      expect(readAuthorityAnswer({ ...decided, decision })?.decision).toBe(decision);
  });
  it("an acknowledgement, or anything malformed, is no decision yet", () => {
    for (const response of [
      null,
      "texto",
      { simulated: true, reference: "RAD-000001" },
      { ...decided, decision: "approved" },
      { ...decided, decisionText: "   " },
      { ...decided, decisionText: 3 },
      { ...decided, decidedOn: "01/06/2026" },
      { ...decided, decidedOn: undefined },
    ])
      expect(readAuthorityAnswer(response)).toBeNull();
  });
});
