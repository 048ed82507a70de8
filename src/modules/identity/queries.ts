import type { Tx } from "../../platform/db/pool.js";
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

export async function listUsers(tx: Tx): Promise<UserRow[]> {
  const { rows } = await tx.query<UserRow>(
    `SELECT u.id, u.email, u.full_name, u.is_active, u.locked_until, u.last_login_at, u.created_at,
            coalesce(array_agg(ur.role_code ORDER BY ur.role_code) FILTER (WHERE ur.role_code IS NOT NULL), '{}') AS roles
       FROM users u LEFT JOIN user_roles ur ON ur.tenant_id = u.tenant_id AND ur.user_id = u.id
      GROUP BY u.tenant_id, u.id ORDER BY u.full_name`,
  );
  return rows;
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
