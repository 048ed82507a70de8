import { describe, expect, it } from "vitest";
import { readDefaultCatalog } from "../../catalogs/index.js";
import { DEFAULT_CAMPAIGN, dispositionsCatalogKind } from "../catalog/kinds.js";
import type { DispositionCatalog } from "../catalog/schema.js";
import {
  attemptRefusal,
  caseNoteValues,
  chooseMotive,
  contactPhone,
  correctionRefusal,
  decideAttempt,
  dispositionRefusal,
  isUnanswered,
  missingNoteValues,
  noteProblem,
  queueAfter,
  statusAfter,
} from "./rules.js";

const catalog = readDefaultCatalog(dispositionsCatalogKind, DEFAULT_CAMPAIGN) as DispositionCatalog;
const open = { status: "open" as const, queue: "campaign", unansweredAttempts: 0, dispositionLabel: null };

describe("contact attempts", () => {
  it("leaves an answered call or a wrong number to the advisor", () => {
    expect(decideAttempt(catalog, 0, "answered")).toEqual({ kind: "none", unanswered: 0 });
    expect(decideAttempt(catalog, 2, "wrong_number")).toEqual({ kind: "none", unanswered: 2 });
    expect(isUnanswered("busy")).toBe(true);
  });

  it("no answer on the 1st or 2nd attempt → PENDIENTE / NO CONTESTA; on the 3rd → NO CONTESTA DERIVADO A N1", () => {
    expect(decideAttempt(catalog, 0, "no_answer")).toEqual({
      kind: "no_answer",
      unanswered: 1,
      state: "PENDIENTE",
      motive: "NO_CONTESTA",
    });
    expect(decideAttempt(catalog, 1, "busy")).toMatchObject({ kind: "no_answer", unanswered: 2 });
    expect(decideAttempt(catalog, 2, "no_answer")).toEqual({
      kind: "hand_off",
      unanswered: 3,
      state: "NO_CONTESTA_N1",
      motive: "NO_CONTESTA",
    });
  });

  it("follows the campaign's limit", () => {
    const two = { ...catalog, contactPolicy: { ...catalog.contactPolicy, maxUnansweredAttempts: 2 } };
    expect(decideAttempt(two, 1, "no_answer").kind).toBe("hand_off");
    const one = { ...catalog, contactPolicy: { ...catalog.contactPolicy, maxUnansweredAttempts: 1 } };
    expect(decideAttempt(one, 0, "no_answer").kind).toBe("hand_off");
  });

  it("refuses a 4th attempt after the hand-off, and any attempt on a finished case, saying why", () => {
    expect(attemptRefusal(catalog, open)).toBeNull();
    expect(attemptRefusal(catalog, { ...open, status: "pending", unansweredAttempts: 2 })).toBeNull();
    expect(
      attemptRefusal(catalog, {
        status: "finished",
        queue: "level1",
        unansweredAttempts: 3,
        dispositionLabel: "NO CONTESTA DERIVADO A N1 / NO CONTESTA",
      }),
    ).toBe("El caso fue derivado a Nivel 1 (N1) tras 3 intentos sin respuesta; no admite un 4to intento de contacto");
    expect(
      attemptRefusal(catalog, {
        status: "finished",
        queue: "campaign",
        unansweredAttempts: 0,
        dispositionLabel: "RETENIDO / BAJA DE PLAN",
      }),
    ).toBe("El caso ya está finalizado (RETENIDO / BAJA DE PLAN); no admite más intentos de contacto");
  });

  it("refuses a 4th attempt whatever the status: a hand-off corrected to PENDIENTE is still out of attempts", () => {
    expect(
      attemptRefusal(catalog, {
        status: "pending",
        queue: "campaign",
        unansweredAttempts: 3,
        dispositionLabel: "PENDIENTE / VOLVER A LLAMAR",
      }),
    ).toBe("El caso ya tuvo 3 intentos sin respuesta, el máximo de la campaña; no admite un 4to intento de contacto");
    expect(attemptRefusal(catalog, { ...open, status: "pending", unansweredAttempts: 5 })).toContain("no admite un 6to intento");
  });
});

describe("choosing a motive", () => {
  it("accepts a motive of its state", () => {
    const choice = chooseMotive(catalog, "RETENIDO", "VISITA_TECNICA");
    expect(choice.ok && [choice.state.code, choice.motive.code]).toEqual(["RETENIDO", "VISITA_TECNICA"]);
  });

  it("refuses a motive of another state, naming the state it belongs to", () => {
    expect(chooseMotive(catalog, "RETENIDO", "QUEJA_DUPLICADA")).toEqual({
      ok: false,
      field: "motiveCode",
      reason: "El motivo «QUEJA DUPLICADA» es del estado «NO APLICA», no de «RETENIDO»",
    });
  });

  it("refuses an unknown state or motive, a state without motives, and retired ones", () => {
    expect(chooseMotive(catalog, "ARCHIVADO", "X")).toMatchObject({ ok: false, field: "stateCode" });
    expect(chooseMotive(catalog, "RETENIDO", "INVENTADO")).toMatchObject({
      ok: false,
      reason: "El motivo «INVENTADO» no existe en el estado «RETENIDO»",
    });
    expect(chooseMotive(catalog, "RETIRO_MIGRACION", "X")).toMatchObject({
      ok: false,
      reason: "El estado «RETIRO MIGRACIÓN» no tiene motivos en el catálogo; un administrador debe definirlos antes de usarlo",
    });
    const retired = structuredClone(catalog);
    retired.states[1]!.motives[0]!.retired = true;
    retired.states[2]!.retired = true;
    expect(chooseMotive(retired, "RETENIDO", "ASESORIA_COMERCIAL")).toMatchObject({ ok: false, field: "motiveCode" });
    expect(chooseMotive(retired, "RETENIDO_SEGUIMIENTO", "DESCUENTO_CBM")).toMatchObject({ ok: false, field: "stateCode" });
  });

  it("reserves the attempt motives to the system", () => {
    expect(chooseMotive(catalog, "PENDIENTE", "NO_CONTESTA")).toMatchObject({
      ok: false,
      reason: "«PENDIENTE / NO CONTESTA» lo registra el sistema al anotar un intento de contacto sin respuesta",
    });
    expect(chooseMotive(catalog, "NO_CONTESTA_N1", "NO_CONTESTA", { automatic: true }).ok).toBe(true);
  });
});

describe("the case after a disposition", () => {
  it("keeps an intermediate state open and finishes a final one, handing N1 to its queue", () => {
    const byCode = (code: string) => catalog.states.find((s) => s.code === code)!;
    expect(statusAfter(byCode("PENDIENTE"))).toBe("pending");
    expect(statusAfter(byCode("RETENIDO"))).toBe("finished");
    expect(queueAfter(byCode("RETENIDO"))).toBe("campaign");
    expect(queueAfter(byCode("NO_CONTESTA_N1"))).toBe("level1");
  });

  it("refuses a new state on a finished case, and a correction once the instruction was sent", () => {
    expect(dispositionRefusal(open)).toBeNull();
    expect(dispositionRefusal({ ...open, status: "finished", dispositionLabel: "RETENIDO / BAJA DE PLAN" })).toContain(
      "ya está finalizado con «RETENIDO / BAJA DE PLAN»",
    );
    expect(correctionRefusal({ hasDisposition: false, instructionStatus: null })).toBe(
      "El caso no tiene una tipificación que corregir",
    );
    expect(correctionRefusal({ hasDisposition: true, instructionStatus: "ready" })).toBeNull();
    expect(correctionRefusal({ hasDisposition: true, instructionStatus: null })).toBeNull();
    for (const status of ["queued", "sent", "failed"]) {
      expect(correctionRefusal({ hasDisposition: true, instructionStatus: status })).toContain("ya se envió");
    }
  });
});

describe("notes", () => {
  it("refuses an empty note and one over the limit", () => {
    expect(noteProblem("  ", 250)).toBe("La observación está vacía");
    expect(noteProblem("x".repeat(251), 250)).toBe("La observación tiene 251 caracteres; el máximo es 250. Acórtela");
    expect(noteProblem("x".repeat(250), 250)).toBeNull();
  });

  it("an edited note must still say every required field's value, whatever its case and spacing", () => {
    const required = [
      { field: "numero_visita", label: "Número de visita técnica", rendered: "VT-2025-118" },
      { field: "direccion", label: "Dirección", rendered: "Av. Amazonas N24-56" },
    ];
    expect(missingNoteValues("Impulsa//ana//visita técnica VT-2025-118//av. amazonas  n24-56", required)).toEqual([]);
    expect(missingNoteValues("Impulsa//ana//visita técnica//Av. Amazonas N24-56", required)).toEqual([
      {
        field: "numero_visita",
        message: "La observación editada debe conservar «Número de visita técnica»: falta «VT-2025-118»",
      },
    ]);
    expect(missingNoteValues("Impulsa//ana", [{ field: "x", label: "X", rendered: "" }])).toEqual([]);
  });

  it("takes the phone of the last answered call, else the last dialled, else the customer's", () => {
    expect(contactPhone({ lastAnsweredNumber: "1", lastDialledNumber: "2", customerPhone: "3" })).toBe("1");
    expect(contactPhone({ lastAnsweredNumber: null, lastDialledNumber: "2", customerPhone: "3" })).toBe("2");
    expect(contactPhone({ lastAnsweredNumber: null, lastDialledNumber: null, customerPhone: null })).toBe("");
  });

  it("fills the case's placeholders", () => {
    expect(
      caseNoteValues({
        company: "Impulsa",
        advisorEmail: "ana.ruiz@x.co",
        customerName: "Carlos Pacheco",
        phone: "099",
        serviceNumber: "S1",
        complaintNumber: "Q1",
        motiveLabel: "TEC- MALA CALIDAD DEL SERVICIO",
        attempt: 0,
      }),
    ).toEqual({
      empresa: "Impulsa",
      usuario: "ana.ruiz",
      cliente: "Carlos Pacheco",
      telefono: "099",
      numero_servicio: "S1",
      queja: "Q1",
      motivo: "mala calidad del servicio",
      intento: "1er",
    });
  });
});
