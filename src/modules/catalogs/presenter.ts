import { findCatalogKind } from "./kinds.js";
import type { CatalogVersionRow } from "./queries.js";

export function presentCatalogVersion(row: Omit<CatalogVersionRow, "content">) {
  const kind = findCatalogKind(row.kind);
  return {
    kind: row.kind,
    kindName: kind?.nameEs ?? row.kind,
    scope: row.scope,
    version: row.version,
    note: row.note,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at.toISOString(),
  };
}
