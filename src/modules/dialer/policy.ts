/** The permissions of the dialer (catalogs/roles.json). */
export const PERMISSIONS = {
  /** Take outbound calls: the advisor's state, desktop, disposition and closure (advisor, supervisor). */
  work: "outbound:work",
  /** The campaign's live view and its dialer (supervisor, admin). */
  supervise: "outbound:supervise",
} as const;
