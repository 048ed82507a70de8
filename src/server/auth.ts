import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "./errors.js";

export const SESSION_COOKIE = "fz_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, value] = header.split(" ");
  if (scheme?.toLowerCase() !== "bearer" || !value) {
    throw new AppError("UNAUTHENTICATED", "Cabecera Authorization inválida; use «Bearer <token>»");
  }
  return value;
}

/**
 * Every request to a non-public route is resolved to an actor (API token or session cookie), then the
 * route's declared permission is checked. Cookie-authenticated writes must echo the session's CSRF
 * token in X-CSRF-Token; token-authenticated requests carry no ambient credential and need none.
 */
export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionToken", null);

  app.addHook("onRequest", async (request) => {
    const permission = request.routeOptions.config.permission;
    if (permission === undefined || permission === "public") return;
    const now = Date.now();
    const bearer = bearerOf(request);
    if (bearer) {
      request.actor = await app.authenticator.fromToken(bearer, now);
    } else {
      const sessionToken = request.cookies[SESSION_COOKIE];
      if (!sessionToken) throw new AppError("UNAUTHENTICATED");
      const session = await app.authenticator.fromSession(sessionToken, now);
      if (!SAFE_METHODS.has(request.method) && request.headers["x-csrf-token"] !== session.csrfToken) {
        throw new AppError("CSRF_INVALID");
      }
      request.actor = session.actor;
      request.sessionToken = sessionToken;
    }
    if (permission !== "authenticated" && !request.actor.permissions.has(permission)) {
      throw new AppError("FORBIDDEN", `Se requiere el permiso «${permission}»; sus roles: ${request.actor.roles.join(", ")}`);
    }
  });
}
