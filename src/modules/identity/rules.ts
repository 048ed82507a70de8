import { MIN_PASSWORD_LENGTH } from "./passwords.js";

/** Login lockout: after `maxFailures` wrong passwords in a row the account is locked for `lockMinutes`. */
export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** The account state after one more failed attempt. */
export function afterFailedLogin(
  failedLogins: number,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): { failedLogins: number; lockedUntil: Date | null } {
  const failures = failedLogins + 1;
  if (failures >= policy.maxFailures) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) };
  }
  return { failedLogins: failures, lockedUntil: null };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isValidEmail(email: string): boolean {
  return EMAIL.test(email);
}

/** What is wrong with a new password, in the words the form shows, or null when it follows the rule. */
export function passwordProblem(password: string, minLength: number = MIN_PASSWORD_LENGTH): string | null {
  return password.length < minLength ? `La contraseña debe tener al menos ${minLength} caracteres` : null;
}

/** Two role lists name the same roles, whatever their order or repeats. */
export function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((role) => right.has(role));
}
