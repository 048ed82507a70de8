import type { TFunction } from "i18next";

/** The translation of a server code within a group (roles, actions, statuses…); an unknown code is shown as is. */
export function labelOf(t: TFunction, group: string, code: string): string {
  return t(`${group}.${code}`, { defaultValue: code });
}
