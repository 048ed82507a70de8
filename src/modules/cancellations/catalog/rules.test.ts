import { describe, expect, it } from "vitest";
import { readDefaultCatalog, validateCatalogContent } from "../../catalogs/index.js";
import { benefitsCatalogKind, DEFAULT_CAMPAIGN, dispositionsCatalogKind } from "./kinds.js";
import { removedBenefits, removedMotives, removedStates } from "./rules.js";
import type { BenefitsCatalog, DispositionCatalog } from "./schema.js";

const base = () => structuredClone(readDefaultCatalog(dispositionsCatalogKind, DEFAULT_CAMPAIGN)) as DispositionCatalog;
const baseBenefits = () => structuredClone(readDefaultCatalog(benefitsCatalogKind, DEFAULT_CAMPAIGN)) as BenefitsCatalog;
const issuesOf = (content: unknown) =>
  validateCatalogContent(dispositionsCatalogKind, content).map((i) => `${i.path}: ${i.message}`);
const benefitIssuesOf = (content: unknown) =>
  validateCatalogContent(benefitsCatalogKind, content).map((i) => `${i.path}: ${i.message}`);
const state = (catalog: DispositionCatalog, code: string) => catalog.states.find((s) => s.code === code)!;

describe("dispositions catalog validation", () => {
  it("accepts the default catalog", () => {
    expect(issuesOf(base())).toEqual([]);
  });

  it("refuses a malformed document by its schema, naming the path", () => {
    const catalog = base() as unknown as { states: Array<{ type: string; code: string }> };
    catalog.states[1]!.type = "definitivo";
    catalog.states[2]!.code = "retenido seguimiento";
    const issues = issuesOf(catalog);
    expect(issues.some((i) => i.startsWith("states.1.type"))).toBe(true);
    expect(issues.some((i) => i.startsWith("states.2.code"))).toBe(true);
  });

  it("refuses repeated codes of states, motives and fields", () => {
    const catalog = base();
    catalog.states.push(structuredClone(state(catalog, "NO_APLICA")));
    state(catalog, "RETENIDO").motives.push(structuredClone(state(catalog, "RETENIDO").motives[0]!));
    const visit = state(catalog, "RETENIDO").motives.find((m) => m.code === "VISITA_TECNICA")!;
    visit.fields.push(structuredClone(visit.fields[0]!));
    expect(issuesOf(catalog)).toEqual(
      expect.arrayContaining([
        "states: El estado «NO_APLICA» está repetido",
        "states.1.motives: El motivo «ASESORIA_COMERCIAL» está repetido",
        "states.1.motives.7.fields: El campo «numero_visita» está repetido",
      ]),
    );
  });

  it("refuses a template placeholder that is neither case data nor a field, and unbalanced braces", () => {
    const catalog = base();
    state(catalog, "RETENIDO").motives[0]!.template = "{empresa}//{usuario}//{plan_nuevo}";
    state(catalog, "RETENIDO").motives[1]!.template = "{empresa}//{usuario";
    const issues = issuesOf(catalog);
    expect(issues.find((i) => i.startsWith("states.1.motives.0.template"))).toContain("{plan_nuevo}");
    expect(issues.find((i) => i.startsWith("states.1.motives.1.template"))).toContain("llaves");
  });

  it("refuses a final motive without closing, a bad deadline, and field options where they do not belong", () => {
    const catalog = base();
    const retenido = state(catalog, "RETENIDO");
    retenido.motives[0]!.closing = null;
    retenido.motives[2]!.closing = { action: "ATENDIDO", deadline: { amount: 0, unit: "business_days" } };
    retenido.motives[1]!.fields[0]!.options = ["a"];
    const issues = issuesOf(catalog);
    expect(issues).toContain(
      "states.1.motives.0.closing: Un motivo de un estado final necesita su cierre (ATENDIDO o ANULADO y plazo)",
    );
    expect(issues).toContain("states.1.motives.2.closing.deadline: Los días hábiles deben ser un entero entre 1 y 366");
    expect(issues).toContain("states.1.motives.1.fields.0: Campo «accion_tecnica»: solo un campo de selección lleva opciones");
  });

  it("refuses a callback field in a final state, a field named like case data, and a date after a non-date", () => {
    const catalog = base();
    const visit = state(catalog, "RETENIDO").motives.find((m) => m.code === "VISITA_TECNICA")!;
    visit.fields.push({ code: "cuando", label: "Cuándo", type: "callback", required: false });
    visit.fields.push({ code: "telefono", label: "Teléfono", type: "phone", required: false });
    visit.fields.push({ code: "fin", label: "Fin", type: "date", required: false, after: "numero_visita" });
    const issues = issuesOf(catalog).join("\n");
    expect(issues).toContain("la fecha de nueva llamada solo va en un estado intermedio");
    expect(issues).toContain("su código coincide con un dato del caso");
    expect(issues).toContain("«numero_visita» no es una fecha de este motivo");
  });

  it("refuses a contact policy naming a missing motive, a final one for «no answer», or one asking for fields", () => {
    const missing = base();
    missing.contactPolicy.noAnswer = { state: "PENDIENTE", motive: "NO_EXISTE" };
    expect(issuesOf(missing)).toEqual(["contactPolicy.noAnswer: No existe el motivo PENDIENTE / NO_EXISTE"]);

    const swapped = base();
    swapped.contactPolicy.noAnswer = { state: "NO_CONTESTA_N1", motive: "NO_CONTESTA" };
    expect(issuesOf(swapped)).toEqual(["contactPolicy.noAnswer: NO_CONTESTA_N1 debe ser un estado intermedio"]);

    const withFields = base();
    withFields.contactPolicy.noAnswer = { state: "PENDIENTE", motive: "VOLVER_A_LLAMAR" };
    expect(issuesOf(withFields)[0]).toContain("no puede pedir campos obligatorios");
  });

  it("refuses a queue that is not declared, and an outcome on an intermediate state", () => {
    const catalog = base();
    state(catalog, "NO_CONTESTA_N1").queue = "nivel_dos";
    state(catalog, "PENDIENTE").outcome = "retained";
    expect(issuesOf(catalog)).toEqual(
      expect.arrayContaining([
        "states.9.queue: La cola «nivel_dos» no está en «queues»",
        "states.0: PENDIENTE: un estado intermedio no lleva resultado ni cola",
      ]),
    );
  });

  it("finds the states and motives a new version removes (what cases may forbid)", () => {
    const previous = base();
    const next = base();
    next.states = next.states.filter((s) => s.code !== "NO_APLICA");
    state(next, "RETENIDO").motives = state(next, "RETENIDO").motives.filter((m) => m.code !== "BAJA_PLAN");
    state(next, "RETENIDO").motives[0]!.retired = true;
    expect(removedStates(previous, next)).toEqual(["NO_APLICA"]);
    expect(removedMotives(previous, next)).toEqual([
      { state: "RETENIDO", motive: "BAJA_PLAN" },
      { state: "NO_APLICA", motive: "NO_EXISTE_NUMERO_CONTACTO" },
      { state: "NO_APLICA", motive: "QUEJA_DUPLICADA" },
      { state: "NO_APLICA", motive: "SERVICIO_RETIRADO" },
      { state: "NO_APLICA", motive: "CAUSAL_INCORRECTO" },
    ]);
  });
});

describe("benefits matrix validation", () => {
  it("accepts the default matrix", () => {
    expect(benefitIssuesOf(baseBenefits())).toEqual([]);
  });

  it("refuses a discount without months or with months out of order, and a suspension without its cost", () => {
    const matrix = baseBenefits();
    matrix.benefits[0]!.months = [3, 2, 5];
    delete matrix.benefits[1]!.percentage;
    delete matrix.benefits[2]!.cost;
    matrix.benefits[3]!.percentage = 10;
    expect(benefitIssuesOf(matrix)).toEqual([
      "benefits.0: DESC_50_M2_3_5: los meses deben ir en orden creciente y sin repetirse",
      "benefits.1: DESC_30_M1_3: un descuento necesita su porcentaje",
      "benefits.2: SUSP_3M_SIN_COSTO: una suspensión dice su costo, o null si es sin costo",
      "benefits.3: SUSP_3M_CON_COSTO: una suspensión no lleva porcentaje ni meses",
    ]);
  });

  it("finds the benefits a new version removes", () => {
    const next = baseBenefits();
    next.benefits.shift();
    expect(removedBenefits(baseBenefits(), next)).toEqual(["DESC_50_M2_3_5"]);
  });
});
