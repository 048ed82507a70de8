import type { Actor } from "../../platform/context.js";
import type { Db } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import { actorFromRow } from "./actor-from-row.js";
import { findSessionActor, findTokenActor } from "./repo.js";
import { API_TOKEN_PREFIX, secretHash } from "./tokens.js";

interface CachedSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: number;
  cachedUntil: number;
}

const CACHE_MS = 30_000;
const CACHE_MAX = 20_000;

/**
 * Resolves a session cookie or an API token to an actor. Lookups are cached for a few seconds per
 * process so a request costs no query; logout, role changes and lockouts reach every instance through
 * `forgetUser` (driven by a NOTIFY), so a revoked session stops working everywhere at once.
 */
export class Authenticator {
  private readonly sessions = new Map<string, CachedSession>();
  private readonly tokens = new Map<string, { actor: Actor; cachedUntil: number }>();

  constructor(private readonly db: Db) {}

  async fromSession(sessionToken: string, now: number): Promise<{ actor: Actor; csrfToken: string }> {
    const cached = this.sessions.get(sessionToken);
    if (cached && cached.cachedUntil > now) {
      if (cached.expiresAt <= now) throw new AppError("SESSION_EXPIRED");
      return cached;
    }
    const row = await this.db.system((tx) => findSessionActor(tx, secretHash(sessionToken)));
    if (!row || row.revoked_at) throw new AppError("UNAUTHENTICATED", "La sesión no existe o fue cerrada");
    if (!row.is_active) throw new AppError("ACCOUNT_DISABLED");
    if (row.expires_at.getTime() <= now) throw new AppError("SESSION_EXPIRED");
    const entry: CachedSession = {
      actor: actorFromRow(row, "session"),
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at.getTime(),
      cachedUntil: now + CACHE_MS,
    };
    if (this.sessions.size >= CACHE_MAX) this.sessions.clear();
    this.sessions.set(sessionToken, entry);
    return entry;
  }

  /** The actor of a token looked up in the last few seconds, without a query; undefined otherwise. */
  cachedToken(token: string, now: number): Actor | undefined {
    const cached = this.tokens.get(token);
    return cached && cached.cachedUntil > now ? cached.actor : undefined;
  }

  async fromToken(token: string, now: number): Promise<Actor> {
    if (!token.startsWith(API_TOKEN_PREFIX)) throw new AppError("UNAUTHENTICATED", "Token de API con formato inválido");
    const cached = this.cachedToken(token, now);
    if (cached) return cached;
    const row = await this.db.system((tx) => findTokenActor(tx, secretHash(token)));
    if (!row) throw new AppError("UNAUTHENTICATED", "Token de API inválido o revocado");
    if (!row.is_active) throw new AppError("ACCOUNT_DISABLED");
    const actor = actorFromRow(row, "token");
    if (this.tokens.size >= CACHE_MAX) this.tokens.clear();
    this.tokens.set(token, { actor, cachedUntil: now + CACHE_MS });
    return actor;
  }

  /** Drops every cached session and token of a user (or all, with "*"). */
  forgetUser(userId: string): void {
    for (const cache of [this.sessions, this.tokens] as Map<string, { actor: Actor }>[]) {
      for (const [key, entry] of cache) if (userId === "*" || entry.actor.userId === userId) cache.delete(key);
    }
  }
}

/** The NOTIFY channel on which instances announce that a user's credentials changed. */
export const AUTH_CHANNEL = "fideliza_auth";

declare module "fastify" {
  interface FastifyInstance {
    /** Resolves sessions and API tokens to actors (decorated by the assembly). */
    authenticator: Authenticator;
  }
}
