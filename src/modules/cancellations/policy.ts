/** The permissions of seed 003's work (catalogs/roles.json). */
export const PERMISSIONS = {
  /** Take cases, record attempts, set and correct dispositions (advisor, supervisor). */
  work: "dispositions:work",
  /** See every case of a campaign, its queues and aging (supervisor, quality, management …). */
  read: "complaints:read",
  /** Create and import cancellation requests, assign and distribute cases (supervisor, back office, admin). */
  manage: "complaints:manage",
} as const;
