/** The currency each supported operator country bills in. */
export const CURRENCY_BY_COUNTRY: Record<string, string> = { CO: "COP", EC: "USD", BO: "BOB" };
