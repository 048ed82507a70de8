import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decideStep } from "../../platform/procedure/procedure.js";
import { adjustmentRowProcedure } from "./procedure.js";
import {
  type AdjustmentCausesCatalog,
  contactOutcome,
  findCause,
  rankTopAgents,
  validateAgainstPolicy,
  validateCausesCatalog,
  voicemailMessage,
  weekStartOf,
} from "./rules.js";

const catalog: AdjustmentCausesCatalog = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), "catalogs/adjustment_causes/default.json"), "utf8"),
);
const labels = new Map(catalog.evidence.map((e) => [e.code, e.label]));
const cause = (code: string) => {
  const found = findCause(catalog, code);
  if (typeof found === "string") throw new Error(found);
  return found;
};

describe("the causes catalog", () => {
  it("holds the seed's 13 causes A–M, each with evidence and policy text, and passes its own rules", () => {
    expect(catalog.causes.map((c) => c.code).join("")).toBe("ABCDEFGHIJKLM");
    for (const c of catalog.causes) {
      expect(c.requiredEvidence.length).toBeGreaterThan(0);
      expect(c.policy.length).toBeGreaterThan(20);
    }
    expect(catalog.pqrQueue).toBe("CASOSPQR-PQRRES");
    expect(validateCausesCatalog(catalog)).toEqual([]);
  });

  it("names a repeated cause and evidence that is not in the list", () => {
    const bad = { ...catalog, causes: [...catalog.causes, { ...catalog.causes[0]!, requiredEvidence: ["nada"] }] };
    expect(validateCausesCatalog(bad)).toEqual([
      { path: "causes.13.code", message: "La causal A está repetida" },
      { path: "causes.13.requiredEvidence.0", message: "El soporte «nada» no está en la lista de soportes" },
    ]);
  });

  it("refuses an unknown or retired cause with the reason", () => {
    expect(findCause(catalog, "Z")).toBe("La causal «Z» no existe en el catálogo de causales de ajuste");
    const retired = { ...catalog, causes: catalog.causes.map((c) => (c.code === "F" ? { ...c, retired: true } : c)) };
    expect(findCause(retired, "F")).toMatch(/está retirada/);
  });
});

describe("validation against the policy (step 3)", () => {
  it("sends to the back office when the base and the validator together show every required evidence", () => {
    expect(validateAgainstPolicy(cause("A"), ["certificado_falla"], ["factura"], labels)).toEqual({
      route: "backoffice",
      missingEvidence: [],
    });
  });

  it("escalates to PQR naming the missing evidence when some is missing", () => {
    const outcome = validateAgainstPolicy(cause("B"), ["soporte_campana"], [], labels);
    expect(outcome.route).toBe("pqr");
    expect(outcome.missingEvidence).toEqual(["grabacion"]);
    expect(outcome.route === "pqr" && outcome.reason).toContain("Grabación o registro de la llamada");
  });
});

describe("the weekly top 5 (step 9)", () => {
  const counts = (agent: string, cause: string, n: number) => ({
    agentUserId: agent,
    agentName: agent,
    causeCode: cause,
    rejections: n,
  });

  it("ranks by rejections, ties by name, at most five, with the most frequent causes first", () => {
    const top = rankTopAgents([
      counts("Beto", "A", 2),
      counts("Beto", "C", 3),
      counts("Ana", "B", 5),
      counts("Carla", "D", 1),
      counts("Dora", "E", 1),
      counts("Eva", "F", 1),
      counts("Fito", "G", 1),
    ]);
    expect(top.map((t) => [t.agentName, t.rejections])).toEqual([
      ["Ana", 5],
      ["Beto", 5],
      ["Carla", 1],
      ["Dora", 1],
      ["Eva", 1],
    ]);
    expect(top[1]!.topCauses).toEqual(["C", "A"]);
  });

  it("weeks start on Monday", () => {
    expect(weekStartOf("2025-07-02")).toBe("2025-06-30");
    expect(weekStartOf("2025-06-30")).toBe("2025-06-30");
    expect(weekStartOf("2025-07-06")).toBe("2025-06-30");
  });
});

describe("contacting the customer (steps 4, 6–8)", () => {
  it("informs an accepting customer, files the chosen appeal for one who does not, and leaves a voicemail when unreachable", () => {
    expect(contactOutcome({ result: "answered", customerAccepts: true })).toEqual({ kind: "informed" });
    expect(contactOutcome({ result: "answered", customerAccepts: false, appealType: "reposicion" })).toEqual({
      kind: "appeal",
      appealType: "reposicion",
    });
    expect(contactOutcome({ result: "no_answer", leaveVoicemail: true })).toEqual({ kind: "voicemail" });
    expect(contactOutcome({ result: "busy" })).toEqual({ kind: "attempt_only" });
  });

  it("refuses an incomplete answered contact and an acceptance without contact", () => {
    expect(contactOutcome({ result: "answered" })).toHaveProperty("refusal");
    expect(contactOutcome({ result: "answered", customerAccepts: false })).toHaveProperty("refusal");
    expect(contactOutcome({ result: "no_answer", customerAccepts: true })).toHaveProperty("refusal");
  });

  it("says the decision and the filing number in the voicemail", () => {
    const text = voicemailMessage({
      customerName: "Ana",
      decision: "approved",
      radicado: "RAD-1",
      appliedAmount: 45000,
      filingNumber: "PQR-1",
    });
    expect(text).toContain("aprobada");
    expect(text).toMatch(/45\.000/);
    expect(text).toContain("RAD-1");
    expect(
      voicemailMessage({ customerName: "Ana", decision: "rejected", radicado: null, appliedAmount: null, filingNumber: "PQR-1" }),
    ).toContain("PQR-1");
  });
});

describe("the row's transition table", () => {
  it("lets only the back office answer, and only a row sent to it", () => {
    const facts = { status: "sent_to_backoffice" as const, decision: "approved" as const };
    expect(decideStep(adjustmentRowProcedure, "answer", { state: "sent_to_backoffice", roles: ["back_office"], facts })).toEqual({
      allowed: true,
      to: "approved",
    });
    expect(
      decideStep(adjustmentRowProcedure, "answer", { state: "sent_to_backoffice", roles: ["adjustments_back"], facts }).allowed,
    ).toBe(false);
    expect(decideStep(adjustmentRowProcedure, "answer", { state: "approved", roles: ["back_office"], facts }).allowed).toBe(
      false,
    );
  });

  it("re-escalates a wrong rejection back to the back office", () => {
    expect(
      decideStep(adjustmentRowProcedure, "review_rejection", {
        state: "rejected",
        roles: ["adjustments_back"],
        facts: { status: "rejected", review: "wrongly" },
      }),
    ).toEqual({ allowed: true, to: "sent_to_backoffice" });
  });
});
