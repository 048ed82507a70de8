import type { NoteTemplatesCatalog, RetentionSettings } from "./catalog-types.js";
import { renderNoteTemplate } from "./rules.js";

interface XpressProduct {
  id: string;
  serviceNumber: string;
  kind: string;
  status: string;
}

/** The Internet product the Xpress order is sold on (5.2): the case's product if it is one, else the customer's active one. */
export function xpressProduct<P extends XpressProduct>(products: readonly P[], productId: string | null): P | null {
  const internet = products.filter((p) => p.kind === "internet" && p.status === "active");
  return internet.find((p) => p.id === productId) ?? internet[0] ?? null;
}

export const NO_INTERNET =
  "El cliente no tiene un producto de Internet activo: la orden de Servicio de Ingeniería se vende sobre el producto de Internet (paso 5.2)";

/** The observation the advisor sees before saving: the tenant's template with this month and the customer's phone. */
export function xpressObservationDraft(
  customer: { timezone: string; phone: string | null; fullName: string },
  catalogs: { settings: RetentionSettings; templates: NoteTemplatesCatalog },
  now: Date,
  serviceNumber?: string,
): string {
  const template = catalogs.templates.templates.find((t) => t.code === catalogs.settings.xpressObservationTemplate);
  return renderNoteTemplate(template?.text ?? "", {
    now,
    timezone: customer.timezone,
    phone: customer.phone,
    customerName: customer.fullName,
    serviceNumber,
  });
}
