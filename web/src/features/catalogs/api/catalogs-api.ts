import { api, queryString } from "../../../api/client";

/** One version of a catalog, as the server lists it. */
export interface CatalogVersion {
  kind: string;
  kindName: string;
  scope: string;
  version: number;
  note: string | null;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
}

export interface CatalogDocument extends CatalogVersion {
  content: Record<string, unknown>;
}

export interface CatalogKindInfo {
  code: string;
  name: string;
  description: string;
  defaultScopes: string[];
  schema: Record<string, unknown>;
}

export const CATALOGS_PATH = "/api/catalogs";
export const CATALOG_KINDS_PATH = "/api/catalog-kinds";

export const catalogPath = (kind: string, scope: string, version?: number) =>
  `${CATALOGS_PATH}/${encodeURIComponent(kind)}/${encodeURIComponent(scope)}${queryString({ version })}`;
export const catalogVersionsPath = (kind: string, scope: string) =>
  `${CATALOGS_PATH}/${encodeURIComponent(kind)}/${encodeURIComponent(scope)}/versions`;

/** Publishes a new version; the server refuses a stale `basedOnVersion` (someone published meanwhile). */
export const publishCatalog = (
  kind: string,
  scope: string,
  body: { content: unknown; note: string | null; basedOnVersion: number },
) => api.put<{ version: number }>(catalogPath(kind, scope), body);
