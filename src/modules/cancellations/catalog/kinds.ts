import type { CatalogIssue, CatalogKind } from "../../catalogs/index.js";
import { findBenefitsInUse, findMotivesInUse } from "./repo.js";
import { removedBenefits, removedMotives, removedStates, validateBenefitsCatalog, validateDispositionCatalog } from "./rules.js";
import { type BenefitsCatalog, BenefitsCatalogSchema, type DispositionCatalog, DispositionCatalogSchema } from "./schema.js";

export const DISPOSITIONS_KIND = "dispositions";
export const BENEFITS_KIND = "benefits";
/** The seed's campaign, seeded for every tenant: catalogs/dispositions/internet-retention.json. */
export const DEFAULT_CAMPAIGN = "internet-retention";

const cases = (n: number) => `${n} ${n === 1 ? "caso lo usa" : "casos lo usan"}`;

/**
 * A campaign's dispositions catalog. A state or motive that cases were decided with may be retired
 * (`"retired": true`) but not removed: those cases keep reading it from the version they were decided with.
 */
const dispositions: CatalogKind<DispositionCatalog> = {
  code: DISPOSITIONS_KIND,
  nameEs: "Tipificaciones de campaña",
  descriptionEs:
    "Estados (intermedios o finales) y motivos de una campaña: cierre en el sistema de facturación con su plazo, plantilla de observación, campos obligatorios y política de intentos de contacto.",
  schema: DispositionCatalogSchema,
  defaultScopes: [DEFAULT_CAMPAIGN],
  validate: validateDispositionCatalog,
  async checkReplacement(tx, scope, previous, next) {
    const issues: CatalogIssue[] = [];
    const goneStates = new Set(removedStates(previous, next));
    const inUse = await findMotivesInUse(tx, scope, removedMotives(previous, next));
    for (const use of inUse) {
      const where = goneStates.has(use.state_code)
        ? `el estado ${use.state_code}`
        : `el motivo ${use.state_code} / ${use.motive_code}`;
      issues.push({
        path: "states",
        message: `No se puede eliminar ${where}: ${cases(use.cases)}. Márquelo "retired": true para retirarlo`,
      });
    }
    return issues;
  },
};

/** A benefits matrix («malla de beneficios»). A benefit already granted may be retired, not removed. */
const benefits: CatalogKind<BenefitsCatalog> = {
  code: BENEFITS_KIND,
  nameEs: "Malla de beneficios",
  descriptionEs:
    "Descuentos (porcentaje y meses, consecutivos o saltados, desde el ciclo siguiente) y suspensiones temporales con o sin costo que los motivos de retención otorgan.",
  schema: BenefitsCatalogSchema,
  defaultScopes: [DEFAULT_CAMPAIGN],
  validate: validateBenefitsCatalog,
  async checkReplacement(tx, scope, previous, next) {
    const inUse = await findBenefitsInUse(tx, scope, removedBenefits(previous, next));
    return inUse.map((use) => ({
      path: "benefits",
      message: `No se puede eliminar el beneficio ${use.code}: ${cases(use.cases)}. Márquelo "retired": true para retirarlo`,
    }));
  },
};

// The registry holds kinds of any document; each kind's functions only ever receive its own, checked document.
export const dispositionsCatalogKind = dispositions as unknown as CatalogKind;
export const benefitsCatalogKind = benefits as unknown as CatalogKind;
