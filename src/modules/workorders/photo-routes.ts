import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { registerMultipart } from "../../platform/http/multipart.js";
import { errorResponses, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { attachWorkOrderPhoto } from "./commands/attach-work-order-photo.js";
import { PHOTO_MAX_BYTES, PHOTO_MEDIA_TYPES, photoRefusal } from "./photo.js";
import { listPhotos, readPhotoContent, workOrderExists } from "./photo-queries.js";
import type { PhotoRow } from "./photo-repo.js";

const Photo = Type.Object({
  id: Uuid,
  mediaType: Type.Union(PHOTO_MEDIA_TYPES.map((type) => Type.Literal(type))),
  byteSize: Type.Integer(),
  uploadedByName: Nullable(Type.String()),
  uploadedAt: Timestamp,
});
const OrderParams = Type.Object({ id: Uuid });

const presentPhoto = (row: PhotoRow) => ({
  id: row.id,
  mediaType: row.media_type,
  byteSize: row.byte_size,
  uploadedByName: row.uploaded_by_name,
  uploadedAt: row.uploaded_at.toISOString(),
});

/** Photo evidence of an order (field view): upload from the phone's camera, the list, each photo's bytes. */
export async function workOrderPhotoRoutes(fastify: FastifyInstance) {
  // The photo's own cap, one file per request; registered here only, not for the module's other routes.
  await registerMultipart(fastify, { maxFileBytes: PHOTO_MAX_BYTES });
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    "/api/work-orders/:id/photos",
    {
      config: { permission: "workorders:execute" },
      schema: {
        tags: ["work-orders"],
        summary: `Adjuntar una foto de evidencia (multipart, campo «file»): JPEG, PNG o WebP de hasta ${PHOTO_MAX_BYTES / 1048576} MB, antes del cierre`,
        consumes: ["multipart/form-data"],
        params: OrderParams,
        response: { 201: Photo, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError("UNSUPPORTED_FILE", "Envíe la foto como multipart/form-data en el campo «file»", { field: "file" });
      }
      const part = await request.file();
      if (!part) throw new AppError("VALIDATION_FAILED", "Falta la foto (campo «file»)", { field: "file" });
      let content: Buffer;
      try {
        content = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
          throw new AppError("PAYLOAD_TOO_LARGE", photoRefusal("too_large"), { field: "file" });
        }
        throw error;
      }
      const photo = await inTenant(request, (ctx) => attachWorkOrderPhoto(request.params.id, content, ctx));
      return reply.code(201).send(presentPhoto(photo));
    },
  );

  app.get(
    "/api/work-orders/:id/photos",
    {
      config: { permission: "workorders:read" },
      schema: {
        tags: ["work-orders"],
        summary: "Fotos de evidencia de una orden, la más antigua primero (sin sus bytes)",
        params: OrderParams,
        response: { 200: Type.Array(Photo), ...errorResponses },
      },
    },
    async (request) =>
      inTenant(request, async ({ tx }) => {
        if (!(await workOrderExists(tx, request.params.id))) throw new AppError("NOT_FOUND", "Orden de trabajo no encontrada");
        return (await listPhotos(tx, request.params.id)).map(presentPhoto);
      }),
  );

  app.get(
    "/api/work-orders/:id/photos/:photoId",
    {
      config: { permission: "workorders:read" },
      schema: {
        tags: ["work-orders"],
        summary: "Una foto de evidencia, con su tipo de imagen",
        params: Type.Object({ id: Uuid, photoId: Uuid }),
        response: { 200: Type.String({ format: "binary" }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const photo = await inTenant(request, ({ tx }) => readPhotoContent(tx, request.params.id, request.params.photoId));
      if (!photo) throw new AppError("NOT_FOUND", "Foto no encontrada");
      // Kept as uploaded and never changed: the browser may keep it.
      return reply.type(photo.media_type).header("cache-control", "private, max-age=86400").send(photo.content);
    },
  );
}
