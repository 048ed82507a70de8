import type { Tx } from "../../platform/db/pool.js";
import type { PhotoMediaType } from "./photo.js";

/** SQL writes of a work order's photo evidence (table work_order_photos); the reads are in photo-queries.ts. */

export interface PhotoRow {
  id: string;
  work_order_id: string;
  media_type: PhotoMediaType;
  byte_size: number;
  uploaded_by: string | null;
  uploaded_by_name: string | null;
  uploaded_at: Date;
}

export async function insertPhoto(
  tx: Tx,
  photo: { tenantId: string; workOrderId: string; mediaType: PhotoMediaType; content: Buffer; userId: string | null; now: Date },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO work_order_photos (tenant_id, work_order_id, media_type, byte_size, content, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [photo.tenantId, photo.workOrderId, photo.mediaType, photo.content.length, photo.content, photo.userId, photo.now],
  );
  return rows[0]!.id;
}

/** How many photos the order has; the caller holds the order's lock, so the count stays true until it commits. */
export async function countPhotos(tx: Tx, workOrderId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM work_order_photos WHERE work_order_id = $1", [
    workOrderId,
  ]);
  return rows[0]!.n;
}
