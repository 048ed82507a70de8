import { useMemo, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { createFormatters, type Formatters, formatLocale, ZONE_BY_COUNTRY } from "./formatting";

export type { Formatters } from "./formatting";

/** The tenant's country and zone, set once the session knows them (AppShell); Colombia until then. */
let tenant: { country: string; timeZone: string } = { country: "CO", timeZone: "America/Bogota" };
const listeners = new Set<() => void>();

export function setTenantFormat(country: string, timeZone: string | null): void {
  const next = { country, timeZone: timeZone ?? ZONE_BY_COUNTRY[country] ?? "America/Bogota" };
  if (next.country === tenant.country && next.timeZone === tenant.timeZone) return;
  tenant = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => tenant;

/** Money, numbers, percentages and dates in the user's language and the tenant's locale and zone. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const current = useSyncExternalStore(subscribe, snapshot);
  const language = i18n.language;
  return useMemo(
    () => createFormatters(formatLocale(language, current.country), current.timeZone),
    [language, current.country, current.timeZone],
  );
}
