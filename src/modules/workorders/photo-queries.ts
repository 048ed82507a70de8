import type { Tx } from "../../platform/db/pool.js";
import type { PhotoMediaType } from "./photo.js";
import type { PhotoRow } from "./photo-repo.js";

/** SQL reads of a work order's photo evidence (table work_order_photos). */

const PHOTO = `p.id, p.work_order_id, p.media_type, p.byte_size, p.uploaded_by, u.full_name AS uploaded_by_name, p.uploaded_at`;

/** Whether the order exists (in the tenant's rows). */
export async function workOrderExists(tx: Tx, workOrderId: string): Promise<boolean> {
  const { rowCount } = await tx.query("SELECT 1 FROM work_orders WHERE id = $1", [workOrderId]);
  return (rowCount ?? 0) > 0;
}

/** The order's photos without their bytes, the oldest first. */
export async function listPhotos(tx: Tx, workOrderId: string): Promise<PhotoRow[]> {
  const { rows } = await tx.query<PhotoRow>(
    `SELECT ${PHOTO} FROM work_order_photos p LEFT JOIN users u ON u.tenant_id = p.tenant_id AND u.id = p.uploaded_by
      WHERE p.work_order_id = $1 ORDER BY p.uploaded_at, p.id`,
    [workOrderId],
  );
  return rows;
}

/** One photo's bytes and type; undefined when the order has no such photo. */
export async function readPhotoContent(
  tx: Tx,
  workOrderId: string,
  photoId: string,
): Promise<{ media_type: PhotoMediaType; content: Buffer } | undefined> {
  const { rows } = await tx.query<{ media_type: PhotoMediaType; content: Buffer }>(
    "SELECT media_type, content FROM work_order_photos WHERE work_order_id = $1 AND id = $2",
    [workOrderId, photoId],
  );
  return rows[0];
}
