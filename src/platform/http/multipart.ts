import fastifyMultipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";

/**
 * Enables file uploads (multipart/form-data) for the routes of one module plugin. Registered per
 * module, not on the whole app: the plugin adds two hooks to every request of the context it is
 * registered in, which the rest of the API should not pay for. `maxFileBytes` is the module's own cap
 * (a photo), the import limit otherwise.
 */
export async function registerMultipart(app: FastifyInstance, options: { maxFileBytes?: number } = {}): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: options.maxFileBytes ?? app.config.importMaxBytes, files: 1, fields: 10 },
  });
}
