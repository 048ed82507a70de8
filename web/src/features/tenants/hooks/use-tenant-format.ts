import { useEffect } from "react";
import { useApiQuery } from "../../../api/use-api-query";
import { setTenantFormat } from "../../../i18n/format";

/** Tells the formatting module the operator's country and time zone, once per session. */
export function useTenantFormat(): void {
  const { data } = useApiQuery("/api/tenant");
  const country = data?.country;
  const timezone = data?.timezone;
  useEffect(() => {
    if (country) setTenantFormat(country, timezone ?? null);
  }, [country, timezone]);
}
