/** The foundation's four import kinds: the operator's customers and what hangs from them. */
export const IMPORT_KIND_CODES = ["customers", "products", "claims", "billing"] as const;
export type ImportKindCode = (typeof IMPORT_KIND_CODES)[number];
