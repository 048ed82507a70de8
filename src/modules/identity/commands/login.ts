import type { Actor } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/pool.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { actorFromRow } from "../actor-from-row.js";
import { verifyPassword } from "../passwords.js";
import { findLoginByEmail, insertSession, recordLoginFailure, recordLoginSuccess } from "../repo.js";
import { afterFailedLogin, isLocked, normalizeEmail } from "../rules.js";
import { newSecret, secretHash } from "../tokens.js";

export interface LoginResult {
  actor: Actor;
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Checks a password and opens a session. Wrong passwords count towards a lockout; every outcome is on
 * the user's timeline. The argon2 verification runs outside any transaction so it holds no connection.
 */
export async function login(
  db: Db,
  input: { email: string; password: string },
  options: { now: Date; sessionTtlHours: number },
): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const found = await db.system((tx) => findLoginByEmail(tx, email));
  const passwordOk = await verifyPassword(found?.password_hash ?? null, input.password);
  if (!found) throw new AppError("INVALID_CREDENTIALS");

  return db
    .system(async (tx) => {
      const user = await findLoginByEmail(tx, email, true);
      if (!user) throw new AppError("INVALID_CREDENTIALS");
      const actor = actorFromRow(user, "session");
      const ctx = { tx, actor, now: options.now };
      const subject = { subjectType: "user", subjectId: user.user_id };
      if (!user.is_active) throw new AppError("ACCOUNT_DISABLED");
      if (isLocked(user.locked_until, options.now)) {
        throw new AppError("ACCOUNT_LOCKED", `Intente de nuevo después de ${user.locked_until?.toISOString()}`, {
          lockedUntil: user.locked_until?.toISOString(),
        });
      }
      if (!passwordOk) {
        const next = afterFailedLogin(user.failed_logins, options.now);
        await recordLoginFailure(tx, user.tenant_id, user.user_id, next.failedLogins, next.lockedUntil);
        await recordEvent(ctx, { ...subject, action: next.lockedUntil ? "account_locked" : "login_failed" });
        // The failure must be committed even though the request fails: return it and throw outside.
        return { failure: next } as const;
      }
      await recordLoginSuccess(tx, user.tenant_id, user.user_id, options.now);
      const sessionToken = newSecret();
      const csrfToken = newSecret();
      const expiresAt = new Date(options.now.getTime() + options.sessionTtlHours * 3_600_000);
      await insertSession(tx, {
        tokenHash: secretHash(sessionToken),
        tenantId: user.tenant_id,
        userId: user.user_id,
        csrfToken,
        expiresAt,
      });
      await recordEvent(ctx, { ...subject, action: "login" });
      return { success: { actor, sessionToken, csrfToken, expiresAt } } as const;
    })
    .then((outcome): LoginResult => {
      if ("success" in outcome && outcome.success) return outcome.success;
      if ("failure" in outcome && outcome.failure?.lockedUntil) {
        throw new AppError("ACCOUNT_LOCKED", "Demasiados intentos fallidos; la cuenta quedó bloqueada", {
          lockedUntil: outcome.failure.lockedUntil.toISOString(),
        });
      }
      throw new AppError("INVALID_CREDENTIALS");
    });
}
