import { useEffect } from "react";
import { useApiQuery } from "../../../api/use-api-query";
import { useCurrentSession } from "../../session/hooks/session-context";
import { CURRENCY_BY_COUNTRY } from "../api/tenant-api";

const currencyByTenant = new Map<string, string | null>();

/** The operator's currency code (COP, USD…), asked once per tenant; null while unknown. */
export function useTenantCurrency(): string | null {
  const { tenantId } = useCurrentSession();
  const cached = currencyByTenant.get(tenantId);
  const { data } = useApiQuery(cached === undefined ? "/api/tenant" : null);
  const fetched = data ? (CURRENCY_BY_COUNTRY[data.country] ?? null) : undefined;
  useEffect(() => {
    if (fetched !== undefined) currencyByTenant.set(tenantId, fetched);
  }, [tenantId, fetched]);
  return cached ?? fetched ?? null;
}
