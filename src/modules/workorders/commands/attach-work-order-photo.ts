import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { checkPhoto, PHOTOS_PER_ORDER, photoRefusal } from "../photo.js";
import { listPhotos } from "../photo-queries.js";
import { countPhotos, insertPhoto, type PhotoRow } from "../photo-repo.js";
import { findWorkOrder } from "../repo.js";

/**
 * Step 7's evidence: the technician attaches a photo of the work to an order not closed yet. The bytes
 * must be a JPEG, PNG or WebP within the cap (their signature decides, not the name). The order is
 * locked, so two uploads at once cannot pass the per-order limit together.
 */
export async function attachWorkOrderPhoto(id: string, content: Buffer, ctx: CommandContext): Promise<PhotoRow> {
  const order = await findWorkOrder(ctx.tx, id, { forUpdate: true });
  if (!order) throw new AppError("NOT_FOUND", "Orden de trabajo no encontrada");
  if (order.status === "closed" || order.status === "cancelled") {
    throw new AppError(
      "CONFLICT",
      `La orden está ${order.status === "closed" ? "cerrada" : "anulada"}; las fotos se adjuntan antes del cierre`,
      { field: "file" },
    );
  }
  const check = checkPhoto(content);
  if (!check.ok) {
    throw new AppError(check.reason === "too_large" ? "PAYLOAD_TOO_LARGE" : "UNSUPPORTED_FILE", photoRefusal(check.reason), {
      field: "file",
    });
  }
  if ((await countPhotos(ctx.tx, id)) >= PHOTOS_PER_ORDER) {
    throw new AppError("CONFLICT", `La orden ya tiene ${PHOTOS_PER_ORDER} fotos, el máximo`, { field: "file" });
  }
  const photoId = await insertPhoto(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    workOrderId: id,
    mediaType: check.mediaType,
    content,
    userId: ctx.actor.userId,
    now: ctx.now,
  });
  await recordEvent(ctx, {
    subjectType: "work_order",
    subjectId: id,
    customerId: order.customer_id,
    action: "work_order_photo_attached",
    before: null,
    after: { photo: photoId, mediaType: check.mediaType, bytes: content.length },
  });
  return (await listPhotos(ctx.tx, id)).find((photo) => photo.id === photoId)!;
}
