import type { CatalogIssue } from "../../catalogs/index.js";
import { duplicateCodes } from "../../catalogs/index.js";
import { deadlineRuleProblem } from "../../deadlines/index.js";
import { CASE_PLACEHOLDERS, hasBalancedBraces, templatePlaceholders } from "./note-template.js";
import type { BenefitsCatalog, DispositionCatalog, MotiveDefinition, MotiveField, StateDefinition } from "./schema.js";

/**
 * Rules across the parts of a dispositions or benefits catalog that the schema cannot express. Pure:
 * each returns every problem with its JSON path and a Spanish message.
 */

export function findState(catalog: DispositionCatalog, code: string): StateDefinition | undefined {
  return catalog.states.find((state) => state.code === code);
}

export function findMotive(state: StateDefinition, code: string): MotiveDefinition | undefined {
  return state.motives.find((motive) => motive.code === code);
}

/** The labels of a state and motive in a catalog version (the codes when the version does not have them). */
export function dispositionLabels(catalog: DispositionCatalog | undefined, stateCode: string | null, motiveCode: string | null) {
  const state = catalog && stateCode ? findState(catalog, stateCode) : undefined;
  const motive = state && motiveCode ? findMotive(state, motiveCode) : undefined;
  return { stateLabel: state?.label ?? stateCode, motiveLabel: motive?.label ?? motiveCode };
}

/** The maximum length of a motive's note: its own, or the campaign's. */
export function noteLimit(catalog: DispositionCatalog, motive: MotiveDefinition): number {
  return motive.maxNoteLength ?? catalog.notes.maxLength;
}

/** Whether a motive is one the system sets when it records an unanswered attempt (never chosen by hand). */
export function isAttemptMotive(catalog: DispositionCatalog, stateCode: string, motiveCode: string): boolean {
  const { noAnswer, handOff } = catalog.contactPolicy;
  return [noAnswer, handOff].some((ref) => ref.state === stateCode && ref.motive === motiveCode);
}

const repeated = (path: string, what: string, codes: string[]): CatalogIssue[] =>
  codes.map((code) => ({ path, message: `${what} «${code}» está repetido` }));

function fieldIssues(field: MotiveField, path: string, motive: MotiveDefinition, state: StateDefinition): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const problem = (message: string) => issues.push({ path, message: `Campo «${field.code}»: ${message}` });
  if (field.code in CASE_PLACEHOLDERS) problem("su código coincide con un dato del caso; use otro");
  if (field.type === "choice" && !field.options) problem("un campo de selección necesita opciones");
  if (field.type !== "choice" && field.options) problem("solo un campo de selección lleva opciones");
  if (field.type !== "benefit" && (field.benefitKind || field.benefitCost))
    problem("solo un campo de beneficio lleva tipo o costo de beneficio");
  if (field.maxLength !== undefined && field.type !== "text" && field.type !== "phone")
    problem("solo un texto o un teléfono lleva longitud máxima");
  if ((field.min !== undefined || field.max !== undefined) && field.type !== "number")
    problem("solo un número lleva mínimo y máximo");
  if (field.min !== undefined && field.max !== undefined && field.min > field.max) problem("el mínimo es mayor que el máximo");
  if (field.type === "callback" && state.type !== "intermediate")
    problem("la fecha de nueva llamada solo va en un estado intermedio");
  if (field.after !== undefined) {
    const other = motive.fields.find((f) => f.code === field.after);
    if (field.type !== "date") problem("solo una fecha puede ir después de otra");
    else if (other?.type !== "date") problem(`«${field.after}» no es una fecha de este motivo`);
  }
  return issues;
}

function motiveIssues(motive: MotiveDefinition, path: string, state: StateDefinition): CatalogIssue[] {
  const issues: CatalogIssue[] = [
    ...repeated(
      `${path}.fields`,
      "El campo",
      duplicateCodes(motive.fields, (f) => f.code),
    ),
  ];
  motive.fields.forEach((field, index) => {
    issues.push(...fieldIssues(field, `${path}.fields.${index}`, motive, state));
  });
  if (motive.fields.filter((f) => f.type === "callback").length > 1) {
    issues.push({ path: `${path}.fields`, message: "Un motivo tiene a lo sumo una fecha de nueva llamada" });
  }
  if (state.type === "final" && motive.closing === null) {
    issues.push({
      path: `${path}.closing`,
      message: `Un motivo de un estado final necesita su cierre (ATENDIDO o ANULADO y plazo)`,
    });
  }
  if (motive.closing) {
    const problem = deadlineRuleProblem(motive.closing.deadline);
    if (problem) issues.push({ path: `${path}.closing.deadline`, message: problem });
  }
  if (!hasBalancedBraces(motive.template)) {
    issues.push({ path: `${path}.template`, message: "La plantilla tiene llaves { } sin cerrar o anidadas" });
  } else {
    const known = new Set([...Object.keys(CASE_PLACEHOLDERS), ...motive.fields.map((f) => f.code)]);
    for (const name of templatePlaceholders(motive.template)) {
      if (!known.has(name)) {
        issues.push({
          path: `${path}.template`,
          message: `La plantilla usa {${name}}, que no es un dato del caso ni un campo del motivo (datos: ${Object.keys(CASE_PLACEHOLDERS).join(", ")})`,
        });
      }
    }
  }
  return issues;
}

function policyIssues(catalog: DispositionCatalog): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const { contactPolicy } = catalog;
  const check = (key: "noAnswer" | "handOff", type: StateDefinition["type"]) => {
    const ref = contactPolicy[key];
    const path = `contactPolicy.${key}`;
    const state = findState(catalog, ref.state);
    const motive = state && findMotive(state, ref.motive);
    if (!state || !motive) issues.push({ path, message: `No existe el motivo ${ref.state} / ${ref.motive}` });
    else if (state.type !== type) {
      issues.push({ path, message: `${ref.state} debe ser un estado ${type === "final" ? "final" : "intermedio"}` });
    } else if (state.retired || motive.retired) issues.push({ path, message: `${ref.state} / ${ref.motive} está retirado` });
    else if (motive.fields.some((f) => f.required)) {
      issues.push({ path, message: `${ref.state} / ${ref.motive} lo pone el sistema: no puede pedir campos obligatorios` });
    }
  };
  check("noAnswer", "intermediate");
  check("handOff", "final");
  const retryProblem = deadlineRuleProblem(contactPolicy.retryAfter);
  if (retryProblem) issues.push({ path: "contactPolicy.retryAfter", message: retryProblem });
  return issues;
}

/** Every cross-field problem of a dispositions catalog (the document already matches its schema). */
export function validateDispositionCatalog(catalog: DispositionCatalog): CatalogIssue[] {
  const issues: CatalogIssue[] = [
    ...repeated(
      "states",
      "El estado",
      duplicateCodes(catalog.states, (s) => s.code),
    ),
    ...repeated(
      "queues",
      "La cola",
      duplicateCodes(catalog.queues, (q) => q.code),
    ),
  ];
  const queues = new Set(catalog.queues.map((q) => q.code));
  catalog.states.forEach((state, s) => {
    const path = `states.${s}`;
    issues.push(
      ...repeated(
        `${path}.motives`,
        "El motivo",
        duplicateCodes(state.motives, (m) => m.code),
      ),
    );
    if (state.type === "intermediate" && (state.outcome || state.queue)) {
      issues.push({ path, message: `${state.code}: un estado intermedio no lleva resultado ni cola` });
    }
    if (state.queue && !queues.has(state.queue)) {
      issues.push({ path: `${path}.queue`, message: `La cola «${state.queue}» no está en «queues»` });
    }
    state.motives.forEach((motive, m) => {
      issues.push(...motiveIssues(motive, `${path}.motives.${m}`, state));
    });
  });
  if (issues.length === 0) issues.push(...policyIssues(catalog));
  return issues;
}

/** Every cross-field problem of a benefits matrix. */
export function validateBenefitsCatalog(catalog: BenefitsCatalog): CatalogIssue[] {
  const issues: CatalogIssue[] = repeated(
    "benefits",
    "El beneficio",
    duplicateCodes(catalog.benefits, (b) => b.code),
  );
  catalog.benefits.forEach((benefit, index) => {
    const path = `benefits.${index}`;
    const problem = (message: string) => issues.push({ path, message: `${benefit.code}: ${message}` });
    if (benefit.kind === "discount") {
      if (benefit.percentage === undefined) problem("un descuento necesita su porcentaje");
      if (!benefit.months) problem("un descuento necesita sus meses (p. ej. [2, 3, 5])");
      else if (!benefit.months.every((month, i) => i === 0 || month > benefit.months![i - 1]!)) {
        problem("los meses deben ir en orden creciente y sin repetirse");
      }
      if (benefit.durationMonths !== undefined || benefit.cost !== undefined) problem("un descuento no lleva duración ni costo");
    } else {
      if (benefit.durationMonths === undefined) problem("una suspensión necesita su duración en meses");
      if (benefit.cost === undefined) problem("una suspensión dice su costo, o null si es sin costo");
      if (benefit.percentage !== undefined || benefit.months !== undefined)
        problem("una suspensión no lleva porcentaje ni meses");
    }
  });
  return issues;
}

/** The (state, motive) pairs of `previous` that `next` no longer has. */
export function removedMotives(previous: DispositionCatalog, next: DispositionCatalog): Array<{ state: string; motive: string }> {
  const kept = new Set(next.states.flatMap((s) => s.motives.map((m) => `${s.code}/${m.code}`)));
  return previous.states.flatMap((s) =>
    s.motives.filter((m) => !kept.has(`${s.code}/${m.code}`)).map((m) => ({ state: s.code, motive: m.code })),
  );
}

/** The states of `previous` that `next` no longer has. */
export function removedStates(previous: DispositionCatalog, next: DispositionCatalog): string[] {
  const kept = new Set(next.states.map((s) => s.code));
  return previous.states.map((s) => s.code).filter((code) => !kept.has(code));
}

/** The benefit codes of `previous` that `next` no longer has. */
export function removedBenefits(previous: BenefitsCatalog, next: BenefitsCatalog): string[] {
  const kept = new Set(next.benefits.map((b) => b.code));
  return previous.benefits.map((b) => b.code).filter((code) => !kept.has(code));
}
