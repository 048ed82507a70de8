import type { TSchema } from "@sinclair/typebox";
import type { Tx } from "../db/pool.js";

/** One problem found in a catalog document: where (a JSON path such as `motives.3.template`) and what, in Spanish. */
export interface CatalogIssue {
  path: string;
  message: string;
}

/**
 * A kind of catalog a module owns. The module declares the document's schema, where its default
 * lives under catalogs/, and the checks a new version must pass beyond the schema.
 */
export interface CatalogKind<Content = unknown> {
  /** snake_case code, e.g. "dispositions", "retention_offers". */
  code: string;
  /** Spanish name shown to admins. */
  nameEs: string;
  /** What the document holds, for the editor (Spanish, one sentence). */
  descriptionEs: string;
  schema: TSchema;
  /** The scopes seeded by default; their documents are catalogs/<code>/<scope>.json. */
  defaultScopes: string[];
  /** Cross-field rules of one document (unique codes, references between parts …). Pure. */
  validate?(content: Content): CatalogIssue[];
  /**
   * Rules that need the database, checked when a new version replaces `previous`: e.g. a motive that
   * cases already use may be retired but not removed.
   */
  checkReplacement?(tx: Tx, scope: string, previous: Content, next: Content): Promise<CatalogIssue[]>;
}
