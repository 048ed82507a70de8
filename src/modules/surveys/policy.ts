/** The permissions of the surveys (catalogs/roles.json). */
export const PERMISSIONS = {
  /** Post answered surveys from the operator's survey tool (its webhook's API token). */
  receive: "surveys:receive",
} as const;
