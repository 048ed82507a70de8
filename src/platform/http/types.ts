import type { Config } from "../config.js";
import type { Actor } from "../context.js";
import type { Listener } from "../db/listener.js";
import type { Db } from "../db/pool.js";

/** "public": no login; "authenticated": any logged-in user; otherwise a permission of catalogs/roles.json. */
export type RoutePermission = "public" | "authenticated" | (string & {});

declare module "fastify" {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
  interface FastifyInstance {
    db: Db;
    config: Config;
    listener: Listener;
  }
}
