import type { TObject } from "@sinclair/typebox";
import type { Tx } from "../db/pool.js";
import type { TimelineAction } from "../timeline/actions.js";

/**
 * The contract of an import kind: what a module declares in its manifest so the import pipeline
 * (src/modules/imports) reads, checks, stages and applies its spreadsheets.
 */

export interface CellContext {
  /** The tenant's IANA time zone: date-times without an offset are wall-clock time there. */
  timezone: string;
}

export type CellConverter = (raw: unknown, context: CellContext) => unknown;

export interface EventStamp {
  now: Date;
  actorUserId: string | null;
  actorRole: string;
  /** Spanish, e.g. "Importación «clientes.xlsx»". */
  reason: string;
}

export interface ApplyResult {
  inserted: number;
  updated: number;
}

/** What an import's apply receives: the timeline stamp and the options the import was staged with. */
export interface ApplyStamp extends EventStamp {
  /** Options of this one import (e.g. a complaints import's campaign), as stored in imports.options. */
  options: Record<string, unknown>;
}

export interface ImportColumn {
  /** The Spanish snake_case header of the spreadsheet column. */
  header: string;
  /** The property of the kind's schema it fills. */
  field: string;
  convert: CellConverter;
  /** The value written in the template's example row. */
  example: string | number | boolean;
}

export interface ImportReference {
  /** The row field holding the referenced key, and its column. */
  field: string;
  column: string;
  /** What it must name: a customer code or a product's service number, of this tenant or of the same batch. */
  target: "customer" | "product";
  /** Spanish; %s is the referenced key. */
  message: string;
}

export interface ImportKind {
  /** snake_case code, e.g. "customers", "complaints". */
  code: string;
  /** Spanish plural noun, for messages and the CLI ("clientes"). */
  nameEs: string;
  schema: TObject;
  columns: ImportColumn[];
  /** The fields that identify a row; two rows of one file with the same key are an error. */
  key: { fields: string[]; column: string; duplicateMessage: string };
  references: ImportReference[];
  /** Kinds whose staged rows in the same batch this kind may reference (and that are committed first). */
  dependsOn: string[];
  /** A rule across fields of one row, after the schema check; returns the column and Spanish message at fault. */
  crossCheck?: (row: Record<string, unknown>) => { column: string; message: string } | null;
  /** The action of the one timeline event on the import when it is committed. */
  committedAction: TimelineAction;
  /**
   * Applies the staged rows of one import to the operator's data, set-based, with a timeline event per
   * inserted or changed row, writing only rows that differ (the same file twice changes nothing).
   */
  apply: (tx: Tx, importId: string, stamp: ApplyStamp) => Promise<ApplyResult>;
  /**
   * Checks of the staged rows against the database beyond `references` (e.g. that a service belongs to
   * the named customer), run after them; each flags rows with imports/repo.ts's flagStagedRows.
   */
  rowChecks?: Array<(tx: Tx, batchId: string) => Promise<void>>;
  /** Other names the CLI accepts for the kind, lower case without accents (Spanish: "clientes", "quejas"). */
  aliases?: string[];
  /**
   * Where a kind that needs options of its own (a complaints import's campaign) is uploaded: its module's
   * route and command. The generic route and `fideliza import` refuse it, naming these.
   */
  uploadedBy?: { route: string; command: string };
}
