import type { BenefitsCatalog, DispositionCatalog } from "../cancellations/index.js";
import { isAttemptMotive, noteLimit } from "../cancellations/index.js";
import type { CatalogDocument } from "../catalogs/index.js";

/**
 * A campaign as the advisor's disposition form needs it: its states with their motives (retired ones
 * left out; unavailable ones with the reason), each motive's closing, fields and note limit, and the
 * benefits its benefit fields offer.
 */
export function presentCampaign(catalog: CatalogDocument<DispositionCatalog>, benefits: CatalogDocument<BenefitsCatalog> | null) {
  const content = catalog.content;
  return {
    code: catalog.scope,
    name: content.campaign.name,
    description: content.campaign.description ?? null,
    catalogVersion: catalog.version,
    notes: content.notes,
    contactPolicy: content.contactPolicy,
    callbacks: content.callbacks,
    queues: content.queues,
    states: content.states
      .filter((state) => !state.retired)
      .map((state) => {
        const motives = state.motives
          .filter((motive) => !motive.retired)
          .map((motive) => ({
            code: motive.code,
            label: motive.label,
            group: motive.group ?? null,
            closing: motive.closing,
            fields: motive.fields,
            maxNoteLength: noteLimit(content, motive),
            isAutomatic: isAttemptMotive(content, state.code, motive.code),
          }));
        const selectable = motives.filter((m) => !m.isAutomatic);
        return {
          code: state.code,
          label: state.label,
          type: state.type,
          outcome: state.outcome ?? null,
          queue: state.queue ?? null,
          motives,
          unavailableReason:
            state.motives.length === 0
              ? "No tiene motivos en el catálogo; un administrador debe definirlos antes de usarlo"
              : motives.length === 0
                ? "Todos sus motivos están retirados del catálogo; un administrador debe definir uno vigente antes de usarlo"
                : selectable.length === 0
                  ? "Sus motivos los registra el sistema al anotar intentos de contacto sin respuesta"
                  : null,
        };
      }),
    benefits: benefits
      ? {
          scope: benefits.scope,
          version: benefits.version,
          firstMonth: benefits.content.firstMonth,
          items: benefits.content.benefits.filter((b) => !b.retired),
        }
      : null,
  };
}
