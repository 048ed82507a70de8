/**
 * Timeline actions: every `action` written to the timeline (table `events`) is declared by the module that
 * owns it, with its Spanish and English label, in a `timeline-actions.ts` beside the module's manifest:
 *
 *   export const RETENTION_ACTIONS = defineActions({ case_opened: { es: "Caso de retención abierto", en: "…" } });
 *   declare module "../../platform/timeline/actions.js" {
 *     interface TimelineActionRegistry { retention: typeof RETENTION_ACTIONS }
 *   }
 *
 * and listed in its manifest (`timelineActions`). The registry makes `TimelineAction` the union of every
 * declared code, so the writers (record-event.ts) accept no other.
 */

/** How an action reads in the UI. `retired`: no longer written, declared for the rows that still carry it. */
export interface ActionLabels {
  es: string;
  en: string;
  retired?: true;
}

/** A module's actions, by the code stored in `events.action`. */
export type ActionDeclarations = Readonly<Record<string, ActionLabels>>;

/** Each module adds `<module name>: typeof <ITS>_ACTIONS` to this interface (declaration merging). */
// biome-ignore lint/suspicious/noEmptyInterface: filled by every module's timeline-actions.ts
export interface TimelineActionRegistry {}

type Writable<T extends ActionDeclarations> = { [K in keyof T]: T[K] extends { retired: true } ? never : K }[keyof T];

/** Every action a writer may record: the declared codes, retired ones left out. */
export type TimelineAction = {
  [M in keyof TimelineActionRegistry]: Writable<TimelineActionRegistry[M]>;
}[keyof TimelineActionRegistry] &
  string;

/** Declares a module's actions; returns them as given, their codes kept as literal types. */
export function defineActions<const T extends ActionDeclarations>(actions: T): T {
  return actions;
}
