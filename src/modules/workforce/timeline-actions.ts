import { defineActions } from "../../platform/timeline/actions.js";

/** What rosters and attendance write to the timeline (on the agent's user), with the labels the UI shows. */
export const WORKFORCE_ACTIONS = defineActions({
  roster_shift_scheduled: { es: "Turno programado", en: "Shift scheduled" },
  roster_shift_updated: { es: "Turno o asistencia actualizados", en: "Shift or attendance updated" },
  rosters_imported: { es: "Programación de turnos importada", en: "Roster imported" },
  agent_hired: { es: "Ingreso del asesor registrado", en: "Agent hire recorded" },
  agent_employment_updated: { es: "Ingreso o retiro del asesor actualizado", en: "Agent hire or leaving updated" },
  staff_movements_imported: { es: "Ingresos y retiros importados", en: "Hires and leavers imported" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    workforce: typeof WORKFORCE_ACTIONS;
  }
}
