import { createHash, randomBytes } from "node:crypto";

/** A random secret for a cookie, CSRF token or API token, URL-safe. */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** Secrets are stored only as SHA-256; a leaked table does not leak logins. */
export function secretHash(secret: string): Buffer {
  return createHash("sha256").update(secret).digest();
}

export const API_TOKEN_PREFIX = "fz_";
