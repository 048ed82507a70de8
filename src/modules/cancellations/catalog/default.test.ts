import { describe, expect, it } from "vitest";
import { demoFieldValues } from "../../../seed/field-values.js";
import { readDefaultCatalog } from "../../catalogs/index.js";
import { caseNoteValues } from "../case/rules.js";
import { checkFields } from "./field-rules.js";
import { benefitsCatalogKind, DEFAULT_CAMPAIGN, dispositionsCatalogKind } from "./kinds.js";
import { renderNote, templatePlaceholders } from "./note-template.js";
import { noteLimit } from "./rules.js";
import type { BenefitsCatalog, DispositionCatalog } from "./schema.js";

const catalog = readDefaultCatalog(dispositionsCatalogKind, DEFAULT_CAMPAIGN) as DispositionCatalog;
const benefits = readDefaultCatalog(benefitsCatalogKind, DEFAULT_CAMPAIGN) as BenefitsCatalog;
const NOW = new Date("2025-06-16T15:00:00Z");
const TIMEZONE = "America/Guayaquil";

/** Long but real values: the longest names and addresses the notes must still hold. */
const longValues = {
  now: NOW,
  timezone: TIMEZONE,
  phone: "0996652364",
  address: "Av. 10 de Agosto N24-56 y Cordero, edificio Alameda, piso 3",
  reference: "VT-2025-0045678",
  contactPhones: "0996652364 / 022456789",
  index: 0,
};

describe("the default Internet retention catalog (seed 003)", () => {
  it("has every state of the seed's list, with its type, and the 39 motive rows of its tables", () => {
    expect(catalog.states.map((s) => [s.code, s.type, s.motives.length])).toEqual([
      ["PENDIENTE", "intermediate", 2],
      ["RETENIDO", "final", 8],
      ["RETENIDO_SEGUIMIENTO", "final", 4],
      ["RETIRO_CONTACTADO", "final", 13],
      ["RETIRO_EN_PROCESO", "final", 2],
      ["RETIRO_MIGRACION", "final", 0],
      ["RETIRO_NO_CONTACTADO", "final", 0],
      ["NO_PROCEDE", "final", 5],
      ["NO_APLICA", "final", 4],
      ["NO_CONTESTA_N1", "final", 1],
    ]);
  });

  it("closes NO PROCEDE and NO APLICA as ANULADO (1 día), PENDIENTE and N1 as ATENDIDO (3 días), the rest ATENDIDO (1 día), on business days", () => {
    for (const state of catalog.states) {
      for (const motive of state.motives) {
        const expected =
          state.code === "NO_PROCEDE" || state.code === "NO_APLICA"
            ? { action: "ANULADO", deadline: { amount: 1, unit: "business_days" } }
            : state.code === "PENDIENTE" || state.code === "NO_CONTESTA_N1"
              ? { action: "ATENDIDO", deadline: { amount: 3, unit: "business_days" } }
              : { action: "ATENDIDO", deadline: { amount: 1, unit: "business_days" } };
        expect(motive.closing, `${state.code}/${motive.code}`).toEqual(expected);
      }
    }
  });

  it("asks for the fields the issue names: address and reference phone, dates and service, visit number, benefit", () => {
    const fields = (state: string, motive: string) =>
      catalog.states
        .find((s) => s.code === state)!
        .motives.find((m) => m.code === motive)!
        .fields.filter((f) => f.required)
        .map((f) => `${f.code}:${f.type}`);
    expect(fields("RETENIDO", "TRASLADO_INTERNO_CON_COSTO")).toEqual(["direccion:text", "telefono_referencia:phone"]);
    expect(fields("RETENIDO_SEGUIMIENTO", "SUSPENSION_SIN_COSTO")).toEqual([
      "beneficio:benefit",
      "fecha_inicio:date",
      "fecha_fin:date",
    ]);
    expect(fields("RETENIDO", "VISITA_TECNICA")).toEqual(["numero_visita:text"]);
    expect(fields("RETENIDO_SEGUIMIENTO", "DESCUENTO_CBM")).toEqual(["beneficio:benefit", "linea_pagadora:phone"]);
    expect(fields("PENDIENTE", "VOLVER_A_LLAMAR")).toEqual(["fecha_llamada:callback"]);
  });

  it("renders every motive's template with sample data, leaving no placeholder, within the note length limit", () => {
    let rendered = 0;
    for (const state of catalog.states) {
      for (const motive of state.motives) {
        const input = demoFieldValues(motive, benefits, longValues);
        const checked = checkFields(motive, input, { now: NOW, timezone: TIMEZONE, benefits });
        expect(checked.issues, `${state.code}/${motive.code}`).toEqual([]);
        const note = renderNote(motive.template, {
          ...caseNoteValues({
            company: catalog.notes.company,
            advisorEmail: "andres.gomez.retencion@impulsa.com.ec",
            customerName: "María José Fernández de la Torre",
            phone: "0996652364",
            serviceNumber: "0225551234",
            complaintNumber: "Q-2025-00012345",
            motiveLabel: motive.label,
            attempt: 3,
          }),
          ...checked.rendered,
        });
        expect(note, `${state.code}/${motive.code}`).not.toMatch(/[{}]/);
        expect(note.startsWith("Impulsa//andres.gomez.retencion//"), note).toBe(true);
        expect(note.length, `${state.code}/${motive.code}: ${note}`).toBeLessThanOrEqual(noteLimit(catalog, motive));
        for (const field of motive.fields.filter((f) => f.required)) {
          expect(templatePlaceholders(motive.template), `${state.code}/${motive.code} shows ${field.code}`).toContain(field.code);
        }
        rendered++;
      }
    }
    expect(rendered).toBe(39);
  });

  it("writes the seed's own example note for DESCUENTO CBM with the matrix's note points", () => {
    const motive = catalog.states
      .find((s) => s.code === "RETENIDO_SEGUIMIENTO")!
      .motives.find((m) => m.code === "DESCUENTO_CBM")!;
    const checked = checkFields(
      motive,
      { beneficio: "DESC_50_M2_3_5", linea_pagadora: "0996652364" },
      { now: new Date("2025-06-15T17:00:00Z"), timezone: TIMEZONE, benefits },
    );
    const note = renderNote(motive.template, {
      ...caseNoteValues({
        company: "Impulsa",
        advisorEmail: "asesor@impulsa.com.ec",
        customerName: "Carlos Pacheco",
        phone: "0996652364",
        serviceNumber: "0225551234",
        complaintNumber: "Q-1",
        motiveLabel: motive.label,
        attempt: 1,
      }),
      ...checked.rendered,
    });
    expect(note).toBe(
      "Impulsa//asesor//descuento 50% mes 2, 3 y 5 (saltados: ago-2025, sep-2025, nov-2025), inicia ago-2025, total 3 meses" +
        "//línea pagadora 0996652364//contacto Carlos Pacheco 0996652364",
    );
  });

  it("keeps the benefits matrix of the seed: 50 % on months 2, 3 and 5, and suspensions with and without cost", () => {
    expect(benefits.firstMonth).toBe("next_cycle");
    expect(benefits.benefits.map((b) => [b.code, b.kind, b.percentage ?? b.durationMonths, b.cost ?? null])).toEqual([
      ["DESC_50_M2_3_5", "discount", 50, null],
      ["DESC_30_M1_3", "discount", 30, null],
      ["SUSP_3M_SIN_COSTO", "suspension", 3, null],
      ["SUSP_3M_CON_COSTO", "suspension", 3, { amount: 10, currency: "USD", plusTax: true }],
    ]);
  });

  it("sets the contact policy of the seed: 3 unanswered attempts, PENDIENTE / NO CONTESTA, then N1", () => {
    expect(catalog.contactPolicy).toMatchObject({
      maxUnansweredAttempts: 3,
      noAnswer: { state: "PENDIENTE", motive: "NO_CONTESTA" },
      handOff: { state: "NO_CONTESTA_N1", motive: "NO_CONTESTA" },
    });
    expect(catalog.states.find((s) => s.code === "NO_CONTESTA_N1")!.queue).toBe("level1");
  });
});
