/** The permission of the indicator engine (catalogs/roles.json): see every indicator, drill it down and export it. */
export const PERMISSIONS = {
  read: "reports:read",
} as const;
