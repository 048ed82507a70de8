import type { CatalogIssue, CatalogKind } from "../catalogs/index.js";
import { duplicateCodes, readCatalog, removedCodesInUse } from "../catalogs/index.js";
import type { ActivitiesCatalog } from "../workorders/index.js";
import { ACTIVITIES_KIND } from "../workorders/index.js";
import {
  type CancellationReasonsCatalog,
  CancellationReasonsCatalog as cancellationReasonsSchema,
  NOTE_PLACEHOLDERS,
  type NoteTemplatesCatalog,
  NoteTemplatesCatalog as noteTemplatesSchema,
  type OffersCatalog,
  OffersCatalog as offersSchema,
  type RetentionSettings,
  RetentionSettings as settingsSchema,
} from "./catalog-types.js";
import { listUsedCancellationReasons, listUsedOfferCodes } from "./queries.js";

export const OFFERS_KIND = "retention_offers";
export const NOTE_TEMPLATES_KIND = "retention_note_templates";
export const SETTINGS_KIND = "retention_settings";
export const CANCELLATION_REASONS_KIND = "retention_cancellation_reasons";

const duplicates = <T>(items: readonly T[], codeOf: (item: T) => string, path: string): CatalogIssue[] =>
  duplicateCodes(items, codeOf).map((code) => ({ path, message: `El código ${code} está repetido` }));

/** Bill waivers, compensations and promotions/OTT (steps 3, 12 and 14), each with its eligibility rule. */
export const retentionOffersKind: CatalogKind<OffersCatalog> = {
  code: OFFERS_KIND,
  nameEs: "Ofertas de retención",
  descriptionEs:
    "Retiro de factura, compensaciones y promociones/OTT: a qué rama aplican, concepto de facturación, duración y elegibilidad (tecnología, tipo de producto, restricciones por mora o Central de Riesgos).",
  schema: offersSchema,
  defaultScopes: ["default"],
  validate(content) {
    const issues = duplicates(content.offers, (o) => o.code, "offers");
    content.offers.forEach((offer, index) => {
      const path = `offers.${index}`;
      if (offer.type === "promotion") {
        if (!offer.duration) issues.push({ path: `${path}.duration`, message: "Una promoción necesita su duración" });
        if (!offer.provisioningCode) {
          issues.push({ path: `${path}.provisioningCode`, message: "Una promoción necesita el código que se habilita" });
        }
      } else {
        if (!offer.billingConcept) {
          issues.push({
            path: `${path}.billingConcept`,
            message: "El retiro de factura y la compensación necesitan su concepto",
          });
        }
        if (offer.percentOfMonthlyFee === undefined) {
          issues.push({ path: `${path}.percentOfMonthlyFee`, message: "Indique qué parte del cargo mensual se reconoce" });
        }
      }
    });
    return issues;
  },
  async checkReplacement(tx, _scope, previous, next) {
    return removedCodesInUse(
      previous.offers.map((o) => o.code),
      next.offers.map((o) => o.code),
      new Set(await listUsedOfferCodes(tx)),
      "offers",
      "La oferta",
    );
  },
};

/** Note templates with placeholders ({mes}, {celular} …): the Xpress order's observation of step 5.3. */
export const retentionNoteTemplatesKind: CatalogKind<NoteTemplatesCatalog> = {
  code: NOTE_TEMPLATES_KIND,
  nameEs: "Plantillas de observaciones de retención",
  descriptionEs: `Textos con marcadores (${NOTE_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}), como la glosa de la orden de Servicio de Ingeniería.`,
  schema: noteTemplatesSchema,
  defaultScopes: ["default"],
  validate(content) {
    const issues = duplicates(content.templates, (t) => t.code, "templates");
    content.templates.forEach((template, index) => {
      for (const [, name] of template.text.matchAll(/\{(\w+)\}/g)) {
        if (!(NOTE_PLACEHOLDERS as readonly string[]).includes(name!)) {
          issues.push({
            path: `templates.${index}.text`,
            message: `Marcador desconocido {${name}}; use ${NOTE_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`,
          });
        }
      }
    });
    return issues;
  },
};

/** Thresholds: VIP tiers and billing, the repeated-damage window, the promotion follow-up, the Xpress order's activity. */
export const retentionSettingsKind: CatalogKind<RetentionSettings> = {
  code: SETTINGS_KIND,
  nameEs: "Parámetros de retención",
  descriptionEs:
    "Categorías VIP y umbral de facturación promedio, ventana y número de reclamos del daño reiterado, días de historial, aviso antes del fin de una promoción, actividad y plantilla de la orden Xpress.",
  schema: settingsSchema,
  defaultScopes: ["default"],
  validate(content) {
    if (content.claimHistoryDays >= content.repeatedDamage.windowDays) return [];
    return [
      {
        path: "claimHistoryDays",
        message: `El historial de reclamos del 360 (${content.claimHistoryDays} días) no puede ser menor que la ventana del daño reiterado (${content.repeatedDamage.windowDays} días)`,
      },
    ];
  },
  // The template and the activity live in other catalogs: checked against their current versions.
  async checkReplacement(tx, _scope, _previous, next) {
    const issues: CatalogIssue[] = [];
    const templates = await readCatalog<NoteTemplatesCatalog>(tx, NOTE_TEMPLATES_KIND, "default");
    if (!templates.content.templates.some((t) => t.code === next.xpressObservationTemplate)) {
      issues.push({
        path: "xpressObservationTemplate",
        message: `No existe la plantilla «${next.xpressObservationTemplate}» en las plantillas de observaciones`,
      });
    }
    const activities = await readCatalog<ActivitiesCatalog>(tx, ACTIVITIES_KIND, "default");
    if (!activities.content.activities.some((a) => a.code === next.xpressActivityCode && !a.retired)) {
      issues.push({
        path: "xpressActivityCode",
        message: `La actividad ${next.xpressActivityCode} no existe o está retirada del catálogo de actividades`,
      });
    }
    return issues;
  },
};

/** Why a customer leaves when the cancellation is accepted. */
export const cancellationReasonsKind: CatalogKind<CancellationReasonsCatalog> = {
  code: CANCELLATION_REASONS_KIND,
  nameEs: "Motivos de baja",
  descriptionEs: "Motivos que se registran cuando se acepta la baja del cliente.",
  schema: cancellationReasonsSchema,
  defaultScopes: ["default"],
  validate: (content) => duplicates(content.reasons, (r) => r.code, "reasons"),
  async checkReplacement(tx, _scope, previous, next) {
    return removedCodesInUse(
      previous.reasons.map((r) => r.code),
      next.reasons.map((r) => r.code),
      new Set(await listUsedCancellationReasons(tx)),
      "reasons",
      "El motivo",
    );
  },
};

export const RETENTION_CATALOG_KINDS = [
  retentionOffersKind,
  retentionNoteTemplatesKind,
  retentionSettingsKind,
  cancellationReasonsKind,
];
