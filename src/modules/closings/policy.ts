/** The permissions of closing instructions (catalogs/roles.json). */
export const CLOSING_PERMISSIONS = {
  /** List and export closing instructions (supervisor, back office, billing, admin). */
  read: "closings:read",
  /** Send closing instructions to the billing system (supervisor, back office, admin). */
  send: "closings:send",
} as const;
