/** The permissions of rosters, attendance and staffing (catalogs/roles.json). */
export const PERMISSIONS = {
  /** Size a queue with the Erlang C what-if (supervisors, management). */
  plan: "workforce:plan",
} as const;
