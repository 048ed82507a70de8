import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import type { Tx } from "../platform/db/pool.js";

/** A field of COPY's text format: \N for null, backslash escapes for the characters the format reserves. */
export function copyField(value: string | number | boolean | Date | null): string {
  if (value === null) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "string") return String(value);
  return /[\\\t\n\r]/.test(value)
    ? value.replaceAll("\\", "\\\\").replaceAll("\t", "\\t").replaceAll("\n", "\\n").replaceAll("\r", "\\r")
    : value;
}

/** The tables the generator fills and their COPY column lists, in foreign-key order. */
export const SEED_TABLES = {
  customers: [
    "tenant_id",
    "id",
    "code",
    "document_id",
    "full_name",
    "tier",
    "phone",
    "email",
    "address",
    "city",
    "is_delinquent",
    "has_credit_bureau_flag",
    "created_at",
    "updated_at",
  ],
  products: [
    "tenant_id",
    "id",
    "customer_id",
    "service_number",
    "kind",
    "technology",
    "plan",
    "status",
    "withdrawn_for_non_payment",
    "monthly_fee",
    "activated_on",
    "created_at",
    "updated_at",
  ],
  claims: [
    "tenant_id",
    "id",
    "code",
    "customer_id",
    "product_id",
    "category",
    "description",
    "opened_at",
    "resolved_at",
    "created_at",
  ],
  billing_statements: ["tenant_id", "customer_id", "period", "amount"],
  events: ["tenant_id", "occurred_at", "actor_role", "subject_type", "subject_id", "customer_id", "action", "after", "reason"],
} as const;

export type SeedTable = keyof typeof SEED_TABLES;

/**
 * Streams rows (already-encoded COPY text lines, each ending in \n) into `table`. COPY refuses
 * tables under row-level security for a role it applies to, so this runs as the owner with explicit
 * tenant_id values.
 */
export async function copyLines(tx: Tx, table: SeedTable, chunks: string[]): Promise<void> {
  if (chunks.length === 0) return;
  const stream = tx.query(copyFrom(`COPY ${table} (${SEED_TABLES[table].join(", ")}) FROM STDIN`));
  await pipeline(Readable.from(chunks), stream);
}

/** The highest index among a tenant's generated customer codes (CL-0000001 is index 0), or -1. */
export async function lastGeneratedIndex(tx: Tx, tenantId: string): Promise<number> {
  const { rows } = await tx.query<{ last: number | null }>(
    `SELECT max(substring(code FROM 4)::bigint) - 1 AS last FROM customers
      WHERE tenant_id = $1 AND code ~ '^CL-[0-9]{7,}$'`,
    [tenantId],
  );
  return rows[0]?.last ?? -1;
}

export async function countTenantRows(
  tx: Tx,
  tenantId: string,
): Promise<{ users: number; customers: number; products: number; claims: number; billing: number }> {
  const { rows } = await tx.query<{ users: number; customers: number; products: number; claims: number; billing: number }>(
    `SELECT (SELECT count(*) FROM users WHERE tenant_id = $1) AS users,
            (SELECT count(*) FROM customers WHERE tenant_id = $1) AS customers,
            (SELECT count(*) FROM products WHERE tenant_id = $1) AS products,
            (SELECT count(*) FROM claims WHERE tenant_id = $1) AS claims,
            (SELECT count(*) FROM billing_statements WHERE tenant_id = $1) AS billing`,
    [tenantId],
  );
  return rows[0]!;
}

export async function insertTeam(tx: Tx, tenantId: string, name: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>("INSERT INTO teams (tenant_id, name) VALUES ($1, $2) RETURNING id", [
    tenantId,
    name,
  ]);
  return rows[0]!.id;
}

export async function assignTeam(tx: Tx, tenantId: string, teamId: string, userIds: string[]): Promise<void> {
  await tx.query("UPDATE users SET team_id = $2 WHERE tenant_id = $1 AND id = ANY($3::uuid[])", [tenantId, teamId, userIds]);
}

/** The first customers with a phone, by code: the demo's outbound lists. */
export async function firstCustomersWithPhone(tx: Tx, limit: number): Promise<Array<{ id: string; phone: string }>> {
  const { rows } = await tx.query<{ id: string; phone: string }>(
    "SELECT id, phone FROM customers WHERE phone IS NOT NULL ORDER BY code LIMIT $1",
    [limit],
  );
  return rows;
}
