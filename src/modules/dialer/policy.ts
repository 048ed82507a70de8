/** The permissions of the dialer (catalogs/roles.json). */
export const PERMISSIONS = {
  /** Take outbound calls: the advisor's state, desktop, disposition and closure (advisor, supervisor). */
  work: "outbound:work",
  /** The campaign's live view and its dialer (supervisor, admin). */
  supervise: "outbound:supervise",
  /** Work the visits escalated to the back office: book them into a slot or close them with a reason (back office). */
  backoffice: "outbound:backoffice",
} as const;
