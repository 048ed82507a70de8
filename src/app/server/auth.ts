import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction, onRequestHookHandler } from "fastify";
import { readSessionCookie, SESSION_COOKIE } from "../../modules/identity/index.js";
import type { Actor } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";

export { SESSION_COOKIE };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const space = header.indexOf(" ");
  const value = space > 0 ? header.slice(space + 1) : "";
  if (header.slice(0, space).toLowerCase() !== "bearer" || !value) {
    throw new AppError("UNAUTHENTICATED", "Cabecera Authorization inválida; use «Bearer <token>»");
  }
  return value;
}

function requirePermission(request: FastifyRequest, actor: Actor, permission: string): void {
  if (permission !== "authenticated" && !actor.permissions.has(permission)) {
    throw new AppError("FORBIDDEN", `Se requiere el permiso «${permission}»; sus roles: ${actor.roles.join(", ")}`);
  }
  request.actor = actor;
}

/**
 * Every request to a non-public route is resolved to an actor (API token or session cookie), then the
 * route's declared permission is checked. Cookie-authenticated writes must echo the session's CSRF
 * token in X-CSRF-Token; token-authenticated requests carry no ambient credential and need none.
 *
 * Returns the route's own onRequest hook (added to each route when it is declared, see app.ts), with the
 * permission already known: a global hook would read `request.routeOptions` on every request, a getter
 * that builds a new object each time. A callback hook with a synchronous path for cached credentials:
 * an async hook would cost a promise and a microtask turn each time even when nothing is awaited.
 */
export function registerAuth(app: FastifyInstance): (permission: string | undefined) => onRequestHookHandler {
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionToken", null);

  const authenticate = async (request: FastifyRequest, permission: string, bearer: string | undefined, now: number) => {
    if (bearer) return requirePermission(request, await app.authenticator.fromToken(bearer, now), permission);
    const sessionToken = readSessionCookie(request.headers.cookie);
    if (!sessionToken) throw new AppError("UNAUTHENTICATED");
    const session = await app.authenticator.fromSession(sessionToken, now);
    if (!SAFE_METHODS.has(request.method) && request.headers["x-csrf-token"] !== session.csrfToken) {
      throw new AppError("CSRF_INVALID");
    }
    request.sessionToken = sessionToken;
    requirePermission(request, session.actor, permission);
  };

  const publicHook = (_request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    reply.header("x-request-id", _request.id);
    done();
  };

  return (permission) => {
    if (permission === undefined || permission === "public") return publicHook;
    return (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
      reply.header("x-request-id", request.id);
      try {
        const now = Date.now();
        const bearer = bearerOf(request);
        const cached = bearer ? app.authenticator.cachedToken(bearer, now) : undefined;
        if (cached) {
          requirePermission(request, cached, permission);
          return done();
        }
        authenticate(request, permission, bearer, now).then(() => done(), done);
      } catch (error) {
        done(error as Error);
      }
    };
  };
}
