export type { CatalogIssue, CatalogKind } from "../../platform/extensions/catalog-kind.js";
