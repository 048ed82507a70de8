import { defineActions } from "../../platform/timeline/actions.js";

/** What the contact-lists module writes to the timeline, with the labels the UI shows. */
export const CONTACT_LISTS_ACTIONS = defineActions({
  contact_lists_imported: { es: "Bases de gestión importadas", en: "Contact lists imported" },
  contact_record_created: { es: "Cliente en una base de gestión", en: "Customer added to a contact list" },
  contact_record_merged: { es: "Base de gestión unificada", en: "Contact list record merged" },
  outbound_campaign_created: { es: "Campaña de salida creada", en: "Outbound campaign created" },
  contact_record_closed: { es: "Gestión cerrada", en: "Record closed" },
  contact_record_follow_up: { es: "Gestión en seguimiento", en: "Record in follow-up" },
  contact_record_callback_due: { es: "Devolución de llamada por marcar", en: "Callback due to be dialled" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    contactlists: typeof CONTACT_LISTS_ACTIONS;
  }
}
