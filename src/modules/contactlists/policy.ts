/** The permissions of the contact lists (catalogs/roles.json). */
export const PERMISSIONS = {
  /** Create outbound campaigns and see their lists (supervisor, back office, admin). Loading a list is imports:run. */
  manage: "contactlists:manage",
} as const;
