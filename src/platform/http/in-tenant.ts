import type { FastifyRequest } from "fastify";
import type { Actor, CommandContext } from "../context.js";
import { AppError } from "../errors.js";

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("UNAUTHENTICATED");
  return request.actor;
}

/**
 * Opens the tenant transaction for a request (row-level security scoped to the actor's tenant) and
 * hands the command its context. The one place routes open transactions.
 */
export function inTenant<T>(request: FastifyRequest, work: (ctx: CommandContext) => Promise<T>): Promise<T> {
  const actor = requireActor(request);
  return request.server.db.tenant(actor.tenantId, (tx) => work({ tx, actor, now: new Date() }));
}
