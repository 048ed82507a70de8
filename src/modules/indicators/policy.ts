import type { Actor } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";

/** The permission of the indicator engine (catalogs/roles.json): see every indicator, drill it down and export it. */
export const PERMISSIONS = {
  read: "reports:read",
} as const;

/** Whether the actor reads this indicator: every one with reports:read, or one of the definition's own `readers`. */
export function mayRead(actor: Pick<Actor, "permissions">, definition: IndicatorDefinition): boolean {
  return actor.permissions.has(PERMISSIONS.read) || (definition.readers ?? []).some((p) => actor.permissions.has(p));
}

/** FORBIDDEN, named in Spanish, unless the actor reads the indicator. */
export function requireReader(actor: Pick<Actor, "permissions">, definition: IndicatorDefinition): void {
  if (!mayRead(actor, definition)) {
    const accepted = [PERMISSIONS.read, ...(definition.readers ?? [])].map((p) => `«${p}»`).join(" o ");
    throw new AppError("FORBIDDEN", `Para ver este indicador se requiere el permiso ${accepted}`);
  }
}
