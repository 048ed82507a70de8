import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachWorkOrderPhoto } from "../../src/modules/workorders/commands/attach-work-order-photo.js";
import { closeWorkOrder } from "../../src/modules/workorders/commands/close-work-order.js";
import { printWorkOrders } from "../../src/modules/workorders/commands/print-work-orders.js";
import { PHOTO_MAX_BYTES, PHOTOS_PER_ORDER } from "../../src/modules/workorders/photo.js";
import { listPhotos, readPhotoContent } from "../../src/modules/workorders/photo-queries.js";
import type { WorkOrderRow } from "../../src/modules/workorders/repo.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { buildRetentionCustomer, runAs, SIGNATURE_PNG, walkToXpressOrder } from "../support/retention.js";

// Photo evidence of a work order (field view): the technician's upload, checked by its bytes and size,
// kept with the order before the close; every refusal changes nothing.

let testDb: TestDatabase;
let tenant: TestTenant;
const START = DateTime.fromISO("2026-03-11T09:00", { zone: "America/Bogota" }).toJSDate();
const later = (hours: number) => new Date(START.getTime() + hours * 3_600_000);
const as = <T>(role: string, now: Date, work: Parameters<typeof runAs<T>>[4]) => runAs(testDb.db, tenant, role, now, work);

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from("JFIF foto de la acometida")]);
const PDF = Buffer.from("%PDF-1.7 no es una foto");
const HEIC = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic"), Buffer.alloc(16)]);

async function printedOrder(code: string): Promise<WorkOrderRow> {
  const customer = await buildRetentionCustomer(
    testDb.db,
    tenant,
    {
      code,
      fullName: `Cliente ${code}`,
      products: [{ serviceNumber: `IN-${code}`, kind: "internet", technology: "ftth" }],
      claims: [
        { code: `${code}-1`, serviceNumber: `IN-${code}`, daysAgo: 9 },
        { code: `${code}-2`, serviceNumber: `IN-${code}`, daysAgo: 2 },
      ],
    },
    START,
  );
  const order = await walkToXpressOrder(testDb.db, tenant, customer.id, START);
  await as("supervisor", later(1), (ctx) => printWorkOrders({ ids: [order.id] }, ctx));
  return order;
}

const attach = (id: string, bytes: Buffer, at = later(2)) => as("technician", at, (ctx) => attachWorkOrderPhoto(id, bytes, ctx));
const photosOf = (id: string) => as("supervisor", later(3), ({ tx }) => listPhotos(tx, id));

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "fotos");
});
afterAll(async () => {
  await testDb?.drop();
});

describe("photo evidence of a work order", () => {
  it("the technician attaches a JPEG: kept with the order with its type by its bytes, readable, on the timeline", async () => {
    const order = await printedOrder("PH-1");
    const photo = await attach(order.id, JPEG);
    expect(photo).toMatchObject({ work_order_id: order.id, media_type: "image/jpeg", byte_size: JPEG.length });
    expect((await photosOf(order.id)).map((p) => p.id)).toEqual([photo.id]);
    const stored = await as("supervisor", later(3), ({ tx }) => readPhotoContent(tx, order.id, photo.id));
    expect(stored?.media_type).toBe("image/jpeg");
    expect(Buffer.compare(stored!.content, JPEG)).toBe(0);
    const { rows } = await testDb.db.pool.query(
      "SELECT after FROM events WHERE subject_id = $1 AND action = 'work_order_photo_attached'",
      [order.id],
    );
    expect(rows).toEqual([{ after: { photo: photo.id, mediaType: "image/jpeg", bytes: JPEG.length } }]);
  });

  it("a photo of another order is not this order's", async () => {
    const order = await printedOrder("PH-2");
    const other = await printedOrder("PH-3");
    const photo = await attach(other.id, JPEG);
    expect(await as("supervisor", later(3), ({ tx }) => readPhotoContent(tx, order.id, photo.id))).toBeUndefined();
  });

  it("refuses what is not a photo the browsers show, and what is too large, in Spanish; nothing is stored", async () => {
    const order = await printedOrder("PH-4");
    await expect(attach(order.id, PDF)).rejects.toMatchObject({
      code: "UNSUPPORTED_FILE",
      message: /no es una foto JPEG, PNG o WebP/,
    });
    await expect(attach(order.id, HEIC)).rejects.toMatchObject({ code: "UNSUPPORTED_FILE", message: /HEIC/ });
    const tooLarge = Buffer.concat([JPEG, Buffer.alloc(PHOTO_MAX_BYTES)]);
    await expect(attach(order.id, tooLarge)).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: /supera el máximo de 8 MB/,
    });
    await expect(attach(order.id, Buffer.alloc(0))).rejects.toMatchObject({ code: "UNSUPPORTED_FILE", message: /vacía/ });
    expect(await photosOf(order.id)).toEqual([]);
  });

  it("a closed order takes no more photos; its evidence stays", async () => {
    const order = await printedOrder("PH-5");
    await attach(order.id, JPEG);
    await as("technician", later(4), (ctx) =>
      closeWorkOrder(
        order.id,
        { tasksDone: ["drop-cable"], result: "OK", signature: SIGNATURE_PNG, signedByName: "Cliente" },
        ctx,
      ),
    );
    await expect(attach(order.id, JPEG, later(5))).rejects.toMatchObject({ code: "CONFLICT", message: /cerrada/ });
    expect(await photosOf(order.id)).toHaveLength(1);
  });

  it("an unknown order is not found", async () => {
    await expect(attach("00000000-0000-4000-8000-000000000000", JPEG)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it(`two uploads at once at ${PHOTOS_PER_ORDER - 1} photos: the order's lock lets one in, the other is refused`, async () => {
    const order = await printedOrder("PH-6");
    for (let n = 0; n < PHOTOS_PER_ORDER - 1; n++) await attach(order.id, JPEG);
    const results = await Promise.allSettled([attach(order.id, JPEG), attach(order.id, JPEG)]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: new RegExp(`ya tiene ${PHOTOS_PER_ORDER} fotos`) });
    expect(await photosOf(order.id)).toHaveLength(PHOTOS_PER_ORDER);
  });
});
