import { describe, expect, it } from "vitest";
import {
  agentMoveProblem,
  callbackTarget,
  daysWaiting,
  escalationTransitionProblem,
  firstContactRecontacts,
  fullSlot,
  isDropped,
  nextAttempt,
  phonesToTry,
  previewDialProblem,
  slotProblem,
  visitRequestProblem,
  visitResolutionProblem,
} from "./rules.js";

const REASONS = ["break", "lunch"];
const SETTINGS = {
  maxAttemptsPerRecord: 3,
  retries: {
    busy: { afterMinutes: 30 },
    no_answer: { afterMinutes: 120 },
    machine: { afterMinutes: 240 },
    dropped: { afterMinutes: 1440 },
    rejected: { afterMinutes: 1440 },
    failed: { afterMinutes: 0 },
    invalid: { afterMinutes: 0 },
  },
};
const NOW = new Date("2026-12-07T15:00:00Z");

describe("agent states", () => {
  it("lets an agent go ready, pause with a reason and come back", () => {
    expect(agentMoveProblem("offline", "ready", null, REASONS)).toBeNull();
    expect(agentMoveProblem("ready", "paused", "lunch", REASONS)).toBeNull();
    expect(agentMoveProblem("paused", "ready", null, REASONS)).toBeNull();
    expect(agentMoveProblem("paused", "paused", "break", REASONS)).toBeNull();
  });
  it("refuses a pause without a catalog reason", () => {
    expect(agentMoveProblem("ready", "paused", null, REASONS)).toMatch(/motivo de pausa/);
    expect(agentMoveProblem("ready", "paused", "nap", REASONS)).toMatch(/break, lunch/);
  });
  it("keeps an agent on the call and in wrap-up until the disposition", () => {
    expect(agentMoveProblem("on_call", "ready", null, REASONS)).toMatch(/llamada/);
    expect(agentMoveProblem("wrap_up", "paused", "break", REASONS)).toMatch(/tipificación/);
  });
});

describe("retries by outcome", () => {
  it("waits the catalog's minutes for each outcome", () => {
    expect(nextAttempt("busy", 1, SETTINGS, NOW)).toEqual({ at: new Date("2026-12-07T15:30:00Z"), exhausted: false });
    expect(nextAttempt("dropped", 1, SETTINGS, NOW)).toEqual({ at: new Date("2026-12-08T15:00:00Z"), exhausted: false });
    expect(nextAttempt("failed", 1, SETTINGS, NOW)).toEqual({ at: NOW, exhausted: false });
  });
  it("exhausts the record at the attempt limit", () => {
    expect(nextAttempt("no_answer", 3, SETTINGS, NOW)).toEqual({ at: null, exhausted: true });
  });
});

describe("phones to try", () => {
  it("never a reference; the least tried first, then the list's order", () => {
    const phones = [
      { phone: "1", kind: "customer", position: 1 },
      { phone: "2", kind: "customer", position: 2 },
      { phone: "3", kind: "reference", position: 3 },
    ];
    expect(phonesToTry(phones, new Map()).map((p) => p.phone)).toEqual(["1", "2"]);
    expect(phonesToTry(phones, new Map([["1", 2]])).map((p) => p.phone)).toEqual(["2", "1"]);
  });
});

describe("drops", () => {
  it("is a drop at exactly the drop seconds, not before", () => {
    const answered = new Date("2026-12-07T15:00:00.000Z");
    expect(isDropped(answered, new Date("2026-12-07T15:00:01.999Z"), 2)).toBe(false);
    expect(isDropped(answered, new Date("2026-12-07T15:00:02.000Z"), 2)).toBe(true);
  });
});

describe("callbacks come back to their advisor, then the team", () => {
  const due = new Date("2026-12-09T15:00:00Z");
  const minutes = (m: number) => new Date(due.getTime() + m * 60_000);
  it("goes to its advisor when they are ready in the campaign", () => {
    expect(callbackTarget({ state: "ready", campaignId: "c1" }, "c1", due, minutes(0), 15)).toBe("owner");
    expect(callbackTarget({ state: "ready", campaignId: "c1" }, "c1", due, minutes(500), 15)).toBe("owner");
  });
  it("waits for a busy or paused advisor until the grace ends (the edge goes to the team)", () => {
    for (const state of ["on_call", "wrap_up", "paused"] as const) {
      expect(callbackTarget({ state, campaignId: "c1" }, "c1", due, minutes(14.99), 15)).toBe("wait");
      expect(callbackTarget({ state, campaignId: "c1" }, "c1", due, minutes(15), 15)).toBe("team");
    }
  });
  it("goes to the team at once when the advisor is not logged into the campaign", () => {
    expect(callbackTarget(undefined, "c1", due, minutes(0), 15)).toBe("team");
    expect(callbackTarget({ state: "offline", campaignId: "c1" }, "c1", due, minutes(0), 15)).toBe("team");
    expect(callbackTarget({ state: "ready", campaignId: "c2" }, "c1", due, minutes(0), 15)).toBe("team");
  });
  it("with no grace a busy advisor's callback goes to the team at once", () => {
    expect(callbackTarget({ state: "on_call", campaignId: "c1" }, "c1", due, minutes(0), 0)).toBe("team");
  });
});

describe("preview mode: the advisor dials a record", () => {
  const campaign = { id: "c1", pacingMode: "preview", isActive: true };
  const record = { status: "pending", nextAttemptAt: null, callbackUserId: null };
  const ready = { state: "ready" as const, campaignId: "c1" };
  it("lets a ready advisor of the preview campaign dial a due pending record", () => {
    expect(previewDialProblem(ready, campaign, record, "u1", NOW)).toBeNull();
    expect(previewDialProblem(ready, campaign, { ...record, nextAttemptAt: NOW }, "u1", NOW)).toBeNull();
  });
  it("refuses an advisor who is not ready in that campaign", () => {
    expect(previewDialProblem(undefined, campaign, record, "u1", NOW)).toMatch(/disponible/);
    expect(previewDialProblem({ state: "paused", campaignId: "c1" }, campaign, record, "u1", NOW)).toMatch(/disponible/);
    expect(previewDialProblem({ state: "ready", campaignId: "c2" }, campaign, record, "u1", NOW)).toMatch(/disponible/);
  });
  it("refuses a record that is not pending or not yet due, and an inactive campaign", () => {
    expect(previewDialProblem(ready, campaign, { ...record, status: "closed" }, "u1", NOW)).toMatch(/cerrado/);
    expect(previewDialProblem(ready, campaign, { ...record, nextAttemptAt: new Date(NOW.getTime() + 1) }, "u1", NOW)).toMatch(
      /reintento/,
    );
    expect(previewDialProblem(ready, { ...campaign, isActive: false }, record, "u1", NOW)).toMatch(/activa/);
  });
  it("in a campaign that dials by itself only the advisor's own callback is dialled by hand", () => {
    const predictive = { ...campaign, pacingMode: "predictive" };
    expect(previewDialProblem(ready, predictive, record, "u1", NOW)).toMatch(/marca sola/);
    expect(previewDialProblem(ready, predictive, { ...record, callbackUserId: "u1" }, "u1", NOW)).toBeNull();
    expect(previewDialProblem(ready, predictive, { ...record, callbackUserId: "u2" }, "u1", NOW)).toMatch(/marca sola/);
  });
});

describe("a visit request from the desktop", () => {
  it("needs a zone and a reason, worded for a booking or an escalation", () => {
    expect(visitRequestProblem({ zone: "Chapinero", slotId: "s1", reason: "Sin señal" })).toBeNull();
    expect(visitRequestProblem({ zone: "Chapinero", slotId: null, reason: "Sin cupo" })).toBeNull();
    expect(visitRequestProblem({ zone: "  ", slotId: "s1", reason: "x" })).toEqual({
      field: "zone",
      message: "Indique la zona de la visita",
    });
    expect(visitRequestProblem({ zone: "Suba", slotId: "s1", reason: " " })?.message).toMatch(/falla física/);
    expect(visitRequestProblem({ zone: "Suba", slotId: null, reason: "" })?.message).toMatch(/back office/);
  });
});

describe("FCR: a first-contact resolution the customer comes back about on the same typology", () => {
  const day = (d: number, h = 10) => new Date(Date.UTC(2026, 11, d, h));
  const i = (customerId: string, typology: string, at: Date, resolvedAtFirstContact = true) => ({
    customerId,
    typology,
    at,
    resolvedAtFirstContact,
  });
  it("counts a re-contact of the same customer and typology inside the window, not at its edge", () => {
    expect(firstContactRecontacts([i("a", "falla", day(1)), i("a", "falla", day(7, 23))], 7)).toEqual({
      resolvedAtFirstContact: 2,
      recontacted: 1,
    });
    expect(firstContactRecontacts([i("a", "falla", day(1)), i("a", "falla", day(8))], 7)).toEqual({
      resolvedAtFirstContact: 2,
      recontacted: 0,
    });
  });
  it("another typology, another customer or an earlier interaction is not a re-contact", () => {
    const result = firstContactRecontacts(
      [i("a", "falla", day(2)), i("a", "factura", day(3)), i("b", "falla", day(3)), i("a", "falla", day(1), false)],
      7,
    );
    expect(result).toEqual({ resolvedAtFirstContact: 3, recontacted: 0 });
  });
  it("a case (not resolved at first contact) is not in the base but its re-contact counts against an earlier resolution", () => {
    expect(firstContactRecontacts([i("a", "falla", day(1)), i("a", "falla", day(2), false)], 7)).toEqual({
      resolvedAtFirstContact: 1,
      recontacted: 1,
    });
    expect(firstContactRecontacts([], 7)).toEqual({ resolvedAtFirstContact: 0, recontacted: 0 });
  });
});

describe("escalated visits: the back office's resolution", () => {
  const SLOT = { zone: "Chapinero", startsAt: new Date("2026-12-09T13:00:00Z"), capacity: 2, booked: 1 };
  it("books into a slot, or closes with a reason — never both, never neither", () => {
    expect(visitResolutionProblem({ outcome: "booked", slotId: "s-1" })).toBeNull();
    expect(visitResolutionProblem({ outcome: "closed", closeReason: "customer_desisted", note: "Ya funciona" })).toBeNull();
    expect(visitResolutionProblem({ outcome: "booked" })).toMatchObject({ field: "slotId", message: /Elija la franja/ });
    expect(visitResolutionProblem({ outcome: "booked", slotId: "s-1", closeReason: "duplicate_request" })).toMatchObject({
      field: "closeReason",
    });
    expect(visitResolutionProblem({ outcome: "closed" })).toMatchObject({ field: "closeReason", message: /motivo/ });
    expect(visitResolutionProblem({ outcome: "closed", slotId: "s-1", closeReason: "not_attributable" })).toMatchObject({
      field: "slotId",
    });
  });
  it("resolves only an open escalation, and says what was decided before", () => {
    expect(escalationTransitionProblem({ status: "escalated", resolution: null })).toBeNull();
    expect(escalationTransitionProblem({ status: "booked", resolution: "booked" })?.message).toMatch(/ya fue agendada/);
    expect(escalationTransitionProblem({ status: "closed", resolution: "closed" })?.message).toMatch(/ya fue cerrada/);
    expect(escalationTransitionProblem({ status: "booked", resolution: null })?.messageEn).toMatch(/already booked/);
  });
  it("takes a future slot of the visit's zone with a free place", () => {
    expect(slotProblem(SLOT, "Chapinero", NOW)).toBeNull();
    expect(slotProblem(SLOT, "Suba", NOW)?.message).toBe("La franja es de la zona Chapinero, no de la zona de la visita (Suba)");
    expect(slotProblem(SLOT, "Chapinero", SLOT.startsAt)?.message).toMatch(/ya empezó/);
    expect(slotProblem({ ...SLOT, booked: 2 }, "Chapinero", NOW)).toEqual(fullSlot());
  });
  it("counts whole days waited, until the resolution or until now", () => {
    const escalatedAt = new Date("2026-12-01T15:00:00Z");
    expect(daysWaiting(escalatedAt, null, NOW)).toBe(6);
    expect(daysWaiting(escalatedAt, null, new Date("2026-12-07T14:59:59Z"))).toBe(5);
    expect(daysWaiting(escalatedAt, new Date("2026-12-03T16:00:00Z"), NOW)).toBe(2);
    expect(daysWaiting(NOW, null, escalatedAt)).toBe(0);
  });
});
