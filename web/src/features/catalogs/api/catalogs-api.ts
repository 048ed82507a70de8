import { type ApiBody, type ApiResponse, client, unwrap } from "../../../api/client";

/** One version of a catalog, as the server lists it. */
export type CatalogVersion = ApiResponse<"/api/catalogs">[number];
type CatalogDocument = ApiResponse<"/api/catalogs/{kind}/{scope}">;
export type CatalogContent = CatalogDocument["content"];

/** Publishes a new version; the server refuses a stale `basedOnVersion` (someone published meanwhile). */
export const publishCatalog = (kind: string, scope: string, body: ApiBody<"/api/catalogs/{kind}/{scope}", "put">) =>
  unwrap(client.PUT("/api/catalogs/{kind}/{scope}", { params: { path: { kind, scope } }, body }));
