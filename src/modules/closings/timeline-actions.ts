import { defineActions } from "../../platform/timeline/actions.js";

/** What the closings module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const CLOSINGS_ACTIONS = defineActions({
  closing_instruction_issued: { es: "Instrucción de cierre emitida", en: "Closing instruction issued" },
  closing_instruction_superseded: { es: "Instrucción de cierre reemplazada", en: "Closing instruction replaced" },
  closing_instruction_sent: { es: "Cierre confirmado por facturación", en: "Closing confirmed by billing" },
  closing_instruction_failed: { es: "Cierre rechazado por facturación", en: "Closing refused by billing" },
  // No longer written (one event per instruction since the batch send); older rows still carry it.
  closing_instruction_queued: { es: "Instrucción enviada a facturación", en: "Instruction sent to billing", retired: true },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    closings: typeof CLOSINGS_ACTIONS;
  }
}
