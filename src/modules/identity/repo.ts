import type { Db, Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";

registerConstraintErrors({
  users_email_key: {
    code: "DUPLICATE",
    field: "email",
    detail: (key) => `Ya existe un usuario con el correo ${key.email ?? "indicado"}`,
  },
});

export interface ActorRow {
  tenant_id: string;
  user_id: string;
  email: string;
  full_name: string;
  is_active: boolean;
  roles: string[];
  permissions: string[];
}

const ACTOR_COLUMNS = `
  u.tenant_id, u.id AS user_id, u.email, u.full_name, u.is_active,
  coalesce((SELECT array_agg(ur.role_code ORDER BY r.sort_order)
              FROM user_roles ur JOIN roles r ON r.code = ur.role_code
             WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id), '{}') AS roles,
  coalesce((SELECT array_agg(DISTINCT rp.permission_code)
              FROM user_roles ur JOIN role_permissions rp ON rp.role_code = ur.role_code
             WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id), '{}') AS permissions`;

export interface LoginRow extends ActorRow {
  password_hash: string;
  failed_logins: number;
  locked_until: Date | null;
}

export async function findLoginByEmail(tx: Tx, email: string, lock = false): Promise<LoginRow | undefined> {
  const { rows } = await tx.query<LoginRow>(
    `SELECT ${ACTOR_COLUMNS}, u.password_hash, u.failed_logins, u.locked_until
       FROM users u WHERE u.email = $1 ${lock ? "FOR UPDATE OF u" : ""}`,
    [email],
  );
  return rows[0];
}

export async function recordLoginFailure(
  tx: Tx,
  tenantId: string,
  userId: string,
  failedLogins: number,
  lockedUntil: Date | null,
): Promise<void> {
  await tx.query("UPDATE users SET failed_logins = $3, locked_until = $4 WHERE tenant_id = $1 AND id = $2", [
    tenantId,
    userId,
    failedLogins,
    lockedUntil,
  ]);
}

export async function recordLoginSuccess(tx: Tx, tenantId: string, userId: string, now: Date): Promise<void> {
  await tx.query("UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = $3 WHERE tenant_id = $1 AND id = $2", [
    tenantId,
    userId,
    now,
  ]);
}

export async function insertSession(
  tx: Tx,
  session: { tokenHash: Buffer; tenantId: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await tx.query("INSERT INTO sessions (token_hash, tenant_id, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4, $5)", [
    session.tokenHash,
    session.tenantId,
    session.userId,
    session.csrfToken,
    session.expiresAt,
  ]);
}

export async function revokeSession(tx: Tx, tokenHash: Buffer, now: Date): Promise<{ user_id: string } | undefined> {
  const { rows } = await tx.query<{ user_id: string }>(
    "UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL RETURNING user_id",
    [tokenHash, now],
  );
  return rows[0];
}

export interface SessionActorRow extends ActorRow {
  csrf_token: string;
  expires_at: Date;
  revoked_at: Date | null;
}

export async function findSessionActor(tx: Tx, tokenHash: Buffer): Promise<SessionActorRow | undefined> {
  const { rows } = await tx.query<SessionActorRow>(
    `SELECT ${ACTOR_COLUMNS}, s.csrf_token, s.expires_at, s.revoked_at
       FROM sessions s JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
      WHERE s.token_hash = $1`,
    [tokenHash],
  );
  return rows[0];
}

export async function findTokenActor(tx: Tx, tokenHash: Buffer): Promise<ActorRow | undefined> {
  const { rows } = await tx.query<ActorRow>(
    `UPDATE api_tokens t SET last_used_at = now()
       FROM users u
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.tenant_id = t.tenant_id AND u.id = t.user_id
      RETURNING ${ACTOR_COLUMNS}`,
    [tokenHash],
  );
  return rows[0];
}

export async function insertUser(
  tx: Tx,
  user: { tenantId: string; email: string; fullName: string; passwordHash: string },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    "INSERT INTO users (tenant_id, email, full_name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id",
    [user.tenantId, user.email, user.fullName, user.passwordHash],
  );
  return rows[0]!.id;
}

export async function insertUserRoles(tx: Tx, tenantId: string, userId: string, roles: string[]): Promise<void> {
  await tx.query(
    "INSERT INTO user_roles (tenant_id, user_id, role_code) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING",
    [tenantId, userId, roles],
  );
}

export async function knownRoles(tx: Tx): Promise<string[]> {
  const { rows } = await tx.query<{ code: string }>("SELECT code FROM roles ORDER BY sort_order");
  return rows.map((r) => r.code);
}

export interface ApiTokenRow {
  id: string;
  name: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export async function insertApiToken(
  tx: Tx,
  token: { tenantId: string; userId: string; name: string; tokenHash: Buffer },
): Promise<ApiTokenRow> {
  const { rows } = await tx.query<ApiTokenRow>(
    `INSERT INTO api_tokens (tenant_id, user_id, name, token_hash) VALUES ($1, $2, $3, $4)
     RETURNING id, name, created_at, last_used_at, revoked_at`,
    [token.tenantId, token.userId, token.name, token.tokenHash],
  );
  return rows[0]!;
}

export async function revokeApiToken(tx: Tx, userId: string, tokenId: string, now: Date): Promise<boolean> {
  const { rowCount } = await tx.query(
    "UPDATE api_tokens SET revoked_at = $3 WHERE user_id = $1 AND id = $2 AND revoked_at IS NULL",
    [userId, tokenId, now],
  );
  return (rowCount ?? 0) > 0;
}

/** Replaces the role vocabulary with the catalog's (roles are shared by all tenants). */
export async function syncRoles(
  tx: Tx,
  permissions: Array<{ code: string; description: string }>,
  roles: Array<{ code: string; name_es: string; name_en: string; sort_order: number; permissions: string[] }>,
): Promise<void> {
  await tx.query(
    `INSERT INTO permissions (code, description) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (code) DO UPDATE SET description = excluded.description`,
    [permissions.map((p) => p.code), permissions.map((p) => p.description)],
  );
  await tx.query(
    `INSERT INTO roles (code, name_es, name_en, sort_order) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
     ON CONFLICT (code) DO UPDATE SET name_es = excluded.name_es, name_en = excluded.name_en, sort_order = excluded.sort_order`,
    [roles.map((r) => r.code), roles.map((r) => r.name_es), roles.map((r) => r.name_en), roles.map((r) => r.sort_order)],
  );
  const pairs = roles.flatMap((r) => r.permissions.map((p) => [r.code, p] as const));
  await tx.query("DELETE FROM role_permissions");
  await tx.query("INSERT INTO role_permissions SELECT * FROM unnest($1::text[], $2::text[])", [
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
  ]);
}

/** The first active user of the tenant holding `role` (the CLI's default actor for that role's work). */
export async function findFirstUserEmailWithRole(tx: Tx, role: string): Promise<string | undefined> {
  const { rows } = await tx.query<{ email: string }>(
    `SELECT u.email FROM users u JOIN user_roles r ON r.tenant_id = u.tenant_id AND r.user_id = u.id
      WHERE r.role_code = $1 AND u.is_active ORDER BY u.created_at, u.email LIMIT 1`,
    [role],
  );
  return rows[0]?.email;
}

/**
 * Publishes on `channel` that a user's credentials changed ("*": everyone's). It runs on the pool, outside
 * any transaction, so it goes out at once: callers send it after the revoking transaction committed.
 */
export async function notifyCredentialsChanged(db: Db, channel: string, userId: string): Promise<void> {
  await db.pool.query("SELECT pg_notify($1, $2)", [channel, userId]);
}

export interface ManagedUserRow {
  id: string;
  email: string;
  full_name: string;
  is_active: boolean;
  roles: string[];
}

/**
 * A user of the tenant locked for a change by an administrator (RLS keeps other tenants' users out of reach).
 * Changes to users of one tenant are serialised first: two administrators taking user management from each
 * other at once must not both see the other still holding it.
 */
export async function lockUser(tx: Tx, tenantId: string, userId: string): Promise<ManagedUserRow | undefined> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('fideliza.user-administration:' || $1))", [tenantId]);
  const { rows } = await tx.query<ManagedUserRow>(
    `SELECT u.id, u.email, u.full_name, u.is_active,
            coalesce((SELECT array_agg(ur.role_code ORDER BY ur.role_code) FROM user_roles ur
                       WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id), '{}') AS roles
       FROM users u WHERE u.id = $1 FOR UPDATE OF u`,
    [userId],
  );
  return rows[0];
}

export async function updateUserName(tx: Tx, userId: string, fullName: string): Promise<void> {
  await tx.query("UPDATE users SET full_name = $2 WHERE id = $1", [userId, fullName]);
}

/** Makes the user's roles exactly `roles`. */
export async function replaceUserRoles(tx: Tx, tenantId: string, userId: string, roles: string[]): Promise<void> {
  await tx.query("DELETE FROM user_roles WHERE tenant_id = $1 AND user_id = $2 AND NOT (role_code = ANY($3::text[]))", [
    tenantId,
    userId,
    roles,
  ]);
  await insertUserRoles(tx, tenantId, userId, roles);
}

export async function setUserActive(tx: Tx, userId: string, isActive: boolean): Promise<void> {
  await tx.query("UPDATE users SET is_active = $2 WHERE id = $1", [userId, isActive]);
}

/** A new password set by an administrator: the lockout is cleared with it. */
export async function setUserPassword(tx: Tx, userId: string, passwordHash: string): Promise<void> {
  await tx.query("UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1", [
    userId,
    passwordHash,
  ]);
}

/** Ends every open session of the user (the cache of each instance is cleared by announceCredentialsChange). */
export async function revokeUserSessions(tx: Tx, userId: string, now: Date): Promise<number> {
  const { rowCount } = await tx.query("UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL", [
    userId,
    now,
  ]);
  return rowCount ?? 0;
}

/** The other active users that hold the permission (so the last administrator cannot lock everyone out). */
export async function countOtherActiveHolders(tx: Tx, userId: string, permission: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `SELECT count(DISTINCT u.id)::int AS n
       FROM users u JOIN user_roles ur ON ur.tenant_id = u.tenant_id AND ur.user_id = u.id
       JOIN role_permissions rp ON rp.role_code = ur.role_code
      WHERE u.is_active AND u.id <> $1 AND rp.permission_code = $2`,
    [userId, permission],
  );
  return rows[0]?.n ?? 0;
}

export async function rolesGrant(tx: Tx, roles: string[], permission: string): Promise<boolean> {
  const { rows } = await tx.query<{ granted: boolean }>(
    "SELECT EXISTS (SELECT 1 FROM role_permissions WHERE role_code = ANY($1::text[]) AND permission_code = $2) AS granted",
    [roles, permission],
  );
  return rows[0]?.granted ?? false;
}
