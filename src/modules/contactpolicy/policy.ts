/** The permissions of the contact policy (catalogs/roles.json). */
export const PERMISSIONS = {
  /** See the attempts the contact policy refused and the rule that refused each (supervisor, quality, admin). */
  read: "contactpolicy:read",
} as const;
