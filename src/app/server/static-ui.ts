import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../web/dist");

/** Serves the built React UI; unknown non-API paths get index.html so client-side routes work on reload. */
export async function registerStaticUi(app: FastifyInstance): Promise<boolean> {
  if (!existsSync(path.join(WEB_DIST, "index.html"))) return false;
  await app.register(fastifyStatic, { root: WEB_DIST, prefix: "/", wildcard: false, index: ["index.html"] });
  return true;
}
