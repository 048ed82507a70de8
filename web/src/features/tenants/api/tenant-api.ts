/** The part of GET /api/tenant the UI uses. */
export interface Tenant {
  id: string;
  name: string;
  country: string;
  timezone: string;
}

export const TENANT_PATH = "/api/tenant";

/** The currency each supported operator country bills in. */
export const CURRENCY_BY_COUNTRY: Record<string, string> = { CO: "COP", EC: "USD", BO: "BOB" };
