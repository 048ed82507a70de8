import { defineActions } from "../../platform/timeline/actions.js";

/** What the contact-policy module writes to the timeline, with the labels the UI shows. */
export const CONTACT_POLICY_ACTIONS = defineActions({
  suppressed_numbers_imported: { es: "Números excluidos importados", en: "Excluded numbers imported" },
  suppressed_number_added: { es: "Número excluido", en: "Number excluded" },
  suppressed_number_updated: { es: "Número excluido actualizado", en: "Excluded number updated" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    contactpolicy: typeof CONTACT_POLICY_ACTIONS;
  }
}
