import type { Writable } from "node:stream";
import { from as copyFrom } from "pg-copy-streams";
import type { Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";
import { orderBySql, type PageWindow } from "../../platform/http/paging.js";
import type { ImportReference } from "./kinds.js";
import type { ImportStatus } from "./rules.js";

/**
 * SQL of the imports module: the staging table of one upload, the imports and their rows and errors.
 * Row-level security scopes every statement to the transaction's tenant.
 */

registerConstraintErrors({
  // Two imports of the same file committed at once: the second finds the first's row at markCommitted.
  imports_committed_once: { code: "DUPLICATE", detail: "El archivo acaba de ser importado por otra persona" },
});

export interface ImportRow {
  id: string;
  batch_id: string;
  kind: string;
  file_name: string;
  sha256: string;
  size_bytes: number;
  status: ImportStatus;
  total_rows: number;
  error_count: number;
  summary: Record<string, unknown>;
  options: Record<string, unknown>;
  created_by: string;
  created_at: Date;
  committed_at: Date | null;
}

const IMPORT_COLUMNS = `id, batch_id, kind, file_name, sha256, size_bytes, status, total_rows, error_count, summary, options,
  created_by, created_at, committed_at`;

// ------------------------------------------------------------------ staging (one transaction)

/** The rows of the file being read: valid rows carry `data`, problems carry `message`. Dropped at commit. */
const STAGING = "import_incoming";

export async function createStagingTable(tx: Tx): Promise<void> {
  // A temporary table: COPY FROM is not allowed into tables under row-level security, and it writes no WAL.
  await tx.query(
    `CREATE TEMP TABLE ${STAGING} (row_number int NOT NULL, column_name text, message text, data jsonb) ON COMMIT DROP`,
  );
}

/** A COPY (text format) into the staging table: one line per row or problem, see `stagingLine`. */
export function copyIntoStaging(tx: Tx): Writable {
  return tx.query(copyFrom(`COPY ${STAGING} (row_number, column_name, message, data) FROM STDIN`));
}

const COPY_SPECIALS = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const copyText = (value: string | null) => (value === null ? "\\N" : value.replace(COPY_SPECIALS, (c) => COPY_ESCAPES[c]!));

/** One line of the staging COPY: a valid row (`data`) or one problem of a row (`column`, `message`). */
export function stagingLine(row: number, column: string | null, message: string | null, data: object | null): string {
  return `${row}\t${copyText(column)}\t${copyText(message)}\t${copyText(data === null ? null : JSON.stringify(data))}\n`;
}

/**
 * For the rest of the transaction: hash joins for the set-based statements, and memory to hash in. No
 * JIT: disabling nested loops adds its penalty to every plan's cost, which then passes jit_above_cost, and
 * compiling the commit's expressions took 1.7 s of a 100 000-row commit on PostgreSQL 15 (EXPLAIN ANALYZE).
 */
export async function preferHashJoins(tx: Tx): Promise<void> {
  await tx.query("SET LOCAL enable_nestloop = off; SET LOCAL work_mem = '64MB'; SET LOCAL jit = off");
}

export async function analyzeStaging(tx: Tx): Promise<void> {
  await tx.query(`ANALYZE ${STAGING}`);
}

const FIELD = /^[A-Za-z]+$/;
function keyExpression(fields: string[], alias: string): string {
  if (!fields.every((f) => FIELD.test(f))) throw new Error(`campo de clave inválido: ${fields.join(",")}`);
  return fields.map((f) => `(${alias}.data->>'${f}')`).join(` || ' / ' || `);
}

/** Flags every row whose key already appeared in an earlier row of the file, naming that row. */
export async function flagDuplicateKeys(
  tx: Tx,
  key: { fields: string[]; column: string; duplicateMessage: string },
): Promise<void> {
  await tx.query(
    `WITH keyed AS (SELECT row_number, ${keyExpression(key.fields, "s")} AS key FROM ${STAGING} s WHERE s.data IS NOT NULL),
          repeated AS (SELECT key, min(row_number) AS first_row FROM keyed GROUP BY key HAVING count(*) > 1)
     INSERT INTO ${STAGING} (row_number, column_name, message)
     SELECT k.row_number, $1, format($2, k.key, r.first_row)
       FROM keyed k JOIN repeated r ON r.key = k.key
      WHERE k.row_number <> r.first_row`,
    [key.column, key.duplicateMessage],
  );
}

const TARGETS = {
  customer: { table: "customers", column: "code", kind: "customers", field: "code" },
  product: { table: "products", column: "service_number", kind: "products", field: "serviceNumber" },
} as const;

/**
 * Flags rows whose reference names nothing in this tenant (row-level security hides other tenants'
 * rows, so a code of another operator simply does not exist) nor in a staged import of the same batch.
 */
export async function flagMissingReferences(tx: Tx, reference: ImportReference, batchId: string): Promise<void> {
  const target = TARGETS[reference.target];
  if (!FIELD.test(reference.field)) throw new Error(`campo de referencia inválido: ${reference.field}`);
  await tx.query(
    `INSERT INTO ${STAGING} (row_number, column_name, message)
     SELECT s.row_number, $1, format($2, s.data->>'${reference.field}')
       FROM ${STAGING} s
      WHERE s.data IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM ${target.table} t WHERE t.${target.column} = s.data->>'${reference.field}')
        AND NOT EXISTS (SELECT 1 FROM import_rows b JOIN imports i ON i.tenant_id = b.tenant_id AND i.id = b.import_id
                         WHERE i.batch_id = $3 AND i.status = 'staged' AND i.kind = '${target.kind}'
                           AND b.data->>'${target.field}' = s.data->>'${reference.field}')`,
    [reference.column, reference.message, batchId],
  );
}

export interface StagedRowCheck {
  /** The column named in the error. */
  column: string;
  /** Spanish, formatted with `format(message, args…)`. */
  message: string;
  /** SQL expressions over the staged row `s` (its fields are `s.data->>'field'`) and the joined rows, for the message's %s. */
  args: string[];
  /**
   * JOIN clauses from the staged row `s` to what it is checked against. Joins, not correlated
   * subqueries: at a bulk import's size the planner hashes them once. `:batch` is the batch id.
   */
  joins: string;
  /** SQL condition over `s` and the joined rows that marks the row as wrong. */
  condition: string;
}

/**
 * Flags every valid staged row a module's own check finds wrong (see ImportKind.rowChecks), once
 * per row. The SQL comes from the module's repo, never from input.
 */
export async function flagStagedRows(tx: Tx, check: StagedRowCheck, batchId: string): Promise<void> {
  const usesBatch = `${check.joins} ${check.condition}`.includes(":batch");
  const sql = (text: string) => text.replaceAll(":batch", "$3::uuid");
  await tx.query(
    `INSERT INTO ${STAGING} (row_number, column_name, message)
     SELECT DISTINCT ON (s.row_number) s.row_number, $1, format($2, ${check.args.join(", ")})
       FROM ${STAGING} s ${sql(check.joins)}
      WHERE s.data IS NOT NULL AND (${sql(check.condition)})
      ORDER BY s.row_number`,
    usesBatch ? [check.column, check.message, batchId] : [check.column, check.message],
  );
}

export async function countStagingErrors(tx: Tx): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${STAGING} WHERE message IS NOT NULL`);
  return rows[0]!.n;
}

export interface NewImport {
  id: string;
  batchId: string;
  kind: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  status: ImportStatus;
  totalRows: number;
  errorCount: number;
  createdBy: string;
  createdAt: Date;
  options?: Record<string, unknown>;
}

export async function insertImport(tx: Tx, row: NewImport): Promise<void> {
  await tx.query(
    `INSERT INTO imports (tenant_id, id, batch_id, kind, file_name, sha256, size_bytes, status, total_rows, error_count,
                          created_by, created_at, options)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      row.id,
      row.batchId,
      row.kind,
      row.fileName,
      row.sha256,
      row.sizeBytes,
      row.status,
      row.totalRows,
      row.errorCount,
      row.createdBy,
      row.createdAt,
      JSON.stringify(row.options ?? {}),
    ],
  );
}

/** Moves the staged rows into import_rows: all of them, or (for a rejected file) the first `limit` valid ones as a preview. */
export async function keepStagedRows(tx: Tx, importId: string, limit: number | null): Promise<void> {
  if (limit === null) {
    await tx.query(
      `INSERT INTO import_rows (tenant_id, import_id, row_number, data)
       SELECT current_tenant_id(), $1, row_number, data FROM ${STAGING} WHERE data IS NOT NULL`,
      [importId],
    );
    return;
  }
  await tx.query(
    `INSERT INTO import_rows (tenant_id, import_id, row_number, data)
     SELECT current_tenant_id(), $1, s.row_number, s.data FROM ${STAGING} s
      WHERE s.data IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM ${STAGING} e WHERE e.row_number = s.row_number AND e.message IS NOT NULL)
      ORDER BY s.row_number LIMIT $2`,
    [importId, limit],
  );
}

export async function keepStagedErrors(tx: Tx, importId: string): Promise<void> {
  await tx.query(
    `INSERT INTO import_errors (tenant_id, import_id, row_number, column_name, message)
     SELECT current_tenant_id(), $1, row_number, column_name, message FROM ${STAGING} WHERE message IS NOT NULL`,
    [importId],
  );
}

export async function insertImportError(
  tx: Tx,
  importId: string,
  issue: { row: number; column: string | null; message: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO import_errors (tenant_id, import_id, row_number, column_name, message)
     VALUES (current_tenant_id(), $1, $2, $3, $4)`,
    [importId, issue.row, issue.column, issue.message],
  );
}

// ------------------------------------------------------------------ reading

export async function findImport(tx: Tx, id: string, lock = false): Promise<ImportRow | undefined> {
  const { rows } = await tx.query<ImportRow>(`SELECT ${IMPORT_COLUMNS} FROM imports WHERE id = $1 ${lock ? "FOR UPDATE" : ""}`, [
    id,
  ]);
  return rows[0];
}

/** The import that already committed this very file (same kind and SHA-256), if any. */
export async function findCommittedFile(tx: Tx, kind: string, sha256: string): Promise<ImportRow | undefined> {
  const { rows } = await tx.query<ImportRow>(
    `SELECT ${IMPORT_COLUMNS} FROM imports WHERE kind = $1 AND sha256 = $2 AND status = 'committed'`,
    [kind, sha256],
  );
  return rows[0];
}

/** Newest first, keyset-paginated by creation time. */
const IMPORT_SORT_SQL: Record<string, string> = { createdAt: "created_at", fileName: "file_name", totalRows: "total_rows" };

export interface ImportFilter {
  kind?: string;
  status?: string;
  sort?: string;
}

/** One page of the tenant's imports (newest first unless sorted otherwise) and how many match in all. */
export async function listImports(
  tx: Tx,
  filter: ImportFilter,
  window: PageWindow,
): Promise<{ rows: ImportRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.kind) where.push(`kind = $${params.push(filter.kind)}`);
  if (filter.status) where.push(`status = $${params.push(filter.status)}`);
  const whereSql = where.length > 0 ? `WHERE ${where.join(" AND ")}` : "";
  const order = orderBySql(filter.sort, IMPORT_SORT_SQL, "created_at DESC, id DESC", "id");
  const { rows } = await tx.query<ImportRow>(
    `SELECT ${IMPORT_COLUMNS} FROM imports ${whereSql} ORDER BY ${order} LIMIT ${window.limit} OFFSET ${window.offset}`,
    params,
  );
  const counted = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM imports ${whereSql}`, params);
  return { rows, total: counted.rows[0]?.n ?? 0 };
}

export async function listImportErrors(tx: Tx, importId: string, offset: number, limit: number) {
  const { rows } = await tx.query<{ row_number: number; column_name: string | null; message: string }>(
    `SELECT row_number, column_name, message FROM import_errors WHERE import_id = $1
      ORDER BY row_number, column_name NULLS FIRST OFFSET $2 LIMIT $3`,
    [importId, offset, limit],
  );
  return rows;
}

export async function listImportPreview(tx: Tx, importId: string, limit: number) {
  const { rows } = await tx.query<{ row_number: number; data: Record<string, unknown> }>(
    "SELECT row_number, data FROM import_rows WHERE import_id = $1 ORDER BY row_number LIMIT $2",
    [importId, limit],
  );
  return rows;
}

// ------------------------------------------------------------------ lifecycle

/** Locks every import of a batch, in a fixed order so two commits of one batch cannot deadlock. */
export async function lockBatch(tx: Tx, batchId: string): Promise<ImportRow[]> {
  const { rows } = await tx.query<ImportRow>(`SELECT ${IMPORT_COLUMNS} FROM imports WHERE batch_id = $1 ORDER BY id FOR UPDATE`, [
    batchId,
  ]);
  return rows;
}

export async function markCommitted(tx: Tx, id: string, summary: object, now: Date): Promise<void> {
  await tx.query("UPDATE imports SET status = 'committed', committed_at = $2, summary = $3 WHERE id = $1", [
    id,
    now,
    JSON.stringify(summary),
  ]);
  await tx.query("DELETE FROM import_rows WHERE import_id = $1", [id]);
}

/** Other staged uploads of the same file are superseded once it is committed (e.g. a CLI run killed before its commit). */
export async function discardSupersededCopies(tx: Tx, kind: string, sha256: string): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE imports SET status = 'discarded' WHERE kind = $1 AND sha256 = $2 AND status = 'staged' RETURNING id`,
    [kind, sha256],
  );
  if (rows.length > 0) {
    await tx.query("DELETE FROM import_rows WHERE import_id = ANY($1::uuid[])", [rows.map((r) => r.id)]);
  }
  return rows.map((r) => r.id);
}

export async function markDiscarded(tx: Tx, id: string): Promise<void> {
  await tx.query("UPDATE imports SET status = 'discarded' WHERE id = $1", [id]);
  await tx.query("DELETE FROM import_rows WHERE import_id = $1", [id]);
}
