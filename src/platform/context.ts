import type { Tx } from "./db/pool.js";

/** Who is acting: a logged-in user (session or API token) or the system itself (timers, jobs). */
export interface Actor {
  tenantId: string;
  userId: string | null;
  email: string;
  fullName: string;
  roles: string[];
  permissions: ReadonlySet<string>;
  via: "session" | "token" | "system";
}

/** The role written on the timeline: the actor's first role, or "system". */
export function actorRole(actor: Actor): string {
  return actor.roles[0] ?? "system";
}

export function systemActor(tenantId: string): Actor {
  return {
    tenantId,
    userId: null,
    email: "system",
    fullName: "Sistema",
    roles: ["system"],
    permissions: new Set(),
    via: "system",
  };
}

/** What every command receives: the open transaction, the actor, and the clock (rules never read it). */
export interface CommandContext {
  tx: Tx;
  actor: Actor;
  now: Date;
}
