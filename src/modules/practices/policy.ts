/** The permissions of the management practices (catalogs/roles.json). */
export const PERMISSIONS = {
  /** See the practices held and every leader's adherence (leaders, management, quality). */
  read: "practices:read",
  /** Record a practice one held as a leader, and move the ideas of one's improvement meetings. */
  record: "practices:record",
} as const;
