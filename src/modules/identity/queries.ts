import { containsPattern } from "../../platform/db/like.js";
import { readPage } from "../../platform/db/page.js";
import type { Tx } from "../../platform/db/pool.js";
import { orderBySql, type PageWindow } from "../../platform/http/paging.js";
import type { ApiTokenRow } from "./repo.js";

/** SQL reads of identity for the administration pages: users, roles, one's API tokens (writes and sign-in lookups: repo.ts). */

export interface UserRow {
  id: string;
  email: string;
  full_name: string;
  is_active: boolean;
  roles: string[];
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Date;
}

export const USER_SORTS = ["fullName", "email", "lastLoginAt"] as const;
const USER_SORT_SQL: Record<string, string> = { fullName: "u.full_name", email: "u.email", lastLoginAt: "u.last_login_at" };

export interface UserFilter {
  /** Part of the name or the e-mail. */
  q?: string;
  active?: boolean;
  role?: string;
  sort?: string;
}

/** One page of the tenant's users with the count of all that match the filter. */
export async function listUsers(tx: Tx, filter: UserFilter, window: PageWindow): Promise<{ rows: UserRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.q) {
    params.push(containsPattern(filter.q));
    where.push(`(u.full_name ILIKE $${params.length} OR u.email ILIKE $${params.length})`);
  }
  if (filter.active !== undefined) {
    params.push(filter.active);
    where.push(`u.is_active = $${params.length}`);
  }
  if (filter.role) {
    params.push(filter.role);
    where.push(
      `EXISTS (SELECT 1 FROM user_roles f WHERE f.tenant_id = u.tenant_id AND f.user_id = u.id AND f.role_code = $${params.length})`,
    );
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(" AND ")}` : "";
  const order = orderBySql(filter.sort, USER_SORT_SQL, "u.full_name, u.id", "u.id");
  return readPage<UserRow>(
    tx,
    {
      select: `u.id, u.email, u.full_name, u.is_active, u.locked_until, u.last_login_at, u.created_at,
               coalesce((SELECT array_agg(ur.role_code ORDER BY ur.role_code) FROM user_roles ur
                          WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id), '{}') AS roles`,
      from: `FROM users u ${whereSql}`,
      orderBy: order,
      params,
    },
    window,
  );
}

export interface RoleRow {
  code: string;
  name_es: string;
  name_en: string;
  permissions: string[];
}

export async function listRoles(tx: Tx): Promise<RoleRow[]> {
  const { rows } = await tx.query<RoleRow>(
    `SELECT r.code, r.name_es, r.name_en,
            coalesce(array_agg(rp.permission_code ORDER BY rp.permission_code) FILTER (WHERE rp.permission_code IS NOT NULL), '{}') AS permissions
       FROM roles r LEFT JOIN role_permissions rp ON rp.role_code = r.code
      GROUP BY r.code ORDER BY r.sort_order`,
  );
  return rows;
}

export async function listApiTokens(tx: Tx, userId: string): Promise<ApiTokenRow[]> {
  const { rows } = await tx.query<ApiTokenRow>(
    "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC",
    [userId],
  );
  return rows;
}
