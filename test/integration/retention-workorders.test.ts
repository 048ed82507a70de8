import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishCatalog } from "../../src/modules/catalogs/commands/publish-catalog.js";
import { readCatalog } from "../../src/modules/catalogs/queries.js";
import { cancelDeadline, completeDeadline, pauseDeadline, resumeDeadline } from "../../src/modules/deadlines/index.js";
import type { ActivitiesCatalog } from "../../src/modules/workorders/catalog-types.js";
import { closeWorkOrder } from "../../src/modules/workorders/commands/close-work-order.js";
import { createWorkOrder } from "../../src/modules/workorders/commands/create-work-order.js";
import { printWorkOrders } from "../../src/modules/workorders/commands/print-work-orders.js";
import { presentWorkOrderListItem } from "../../src/modules/workorders/presenter.js";
import { listWorkOrders } from "../../src/modules/workorders/queries.js";
import type { WorkOrderRow } from "../../src/modules/workorders/repo.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { buildRetentionCustomer, runAs, SIGNATURE_PNG, walkToXpressOrder } from "../support/retention.js";

let testDb: TestDatabase;
let tenant: TestTenant;
const HOUR = 3_600_000;
// Wednesday 11 March 2026, 09:00 in Bogotá.
const START = DateTime.fromISO("2026-03-11T09:00", { zone: "America/Bogota" }).toJSDate();
const later = (hours: number) => new Date(START.getTime() + hours * HOUR);

const as = <T>(role: string, now: Date, work: Parameters<typeof runAs<T>>[4]) => runAs(testDb.db, tenant, role, now, work);

/** A customer with repeated damage on Internet, walked by the advisor to the Xpress order (step 5) at START. */
async function xpressOrder(code: string): Promise<WorkOrderRow> {
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
  return walkToXpressOrder(testDb.db, tenant, customer.id, START);
}

const listed = async (id: string, now: Date) => {
  const [row] = await as("supervisor", now, ({ tx }) => listWorkOrders(tx, { ids: [id], limit: 1 }));
  return presentWorkOrderListItem(row!, now);
};

const close = (id: string, now: Date) =>
  as("technician", now, (ctx) =>
    closeWorkOrder(
      id,
      { tasksDone: ["drop-cable"], result: "Servicios funcionando", signature: SIGNATURE_PNG, signedByName: "Cliente" },
      ctx,
    ),
  );

async function closingEvent(orderId: string) {
  const { rows } = await testDb.db.pool.query<{ after: { onTime: boolean | null } }>(
    "SELECT after FROM events WHERE subject_id = $1 AND action = 'work_order_closed'",
    [orderId],
  );
  return rows[0]!.after;
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "ordenes");
});
afterAll(async () => {
  await testDb?.drop();
});

describe("a work order's due instant is its deadline's", () => {
  it("a pause moves the order's due instant; the board reckons at risk and breached with the deadline service", async () => {
    const order = await xpressOrder("WO-1");
    expect(order.due_at.toISOString()).toBe(later(24).toISOString());
    await as("supervisor", later(1), (ctx) => pauseDeadline(order.deadline_id, { reason: "Cliente de viaje" }, ctx));
    await as("supervisor", later(3), (ctx) => resumeDeadline(order.deadline_id, {}, ctx));

    // 24 hours plus the 2 paused: at the first due instant the order is not breached yet.
    const moved = await listed(order.id, later(24.5));
    expect(moved.dueAt).toBe(later(26).toISOString());
    expect(moved.isBreached).toBe(false);
    expect(moved.deadlineStatus).toBe("running");
    expect((await listed(order.id, new Date(later(26).getTime() + 1))).isBreached).toBe(true);
  });

  it("an order closes when its deadline was completed on its own, and keeps that outcome", async () => {
    const order = await xpressOrder("WO-2");
    await as("supervisor", later(1), (ctx) => printWorkOrders({ ids: [order.id] }, ctx));
    await as("supervisor", later(2), (ctx) => completeDeadline(order.deadline_id, { reason: "Atendida por teléfono" }, ctx));
    const closed = await close(order.id, later(30));
    expect(closed).toMatchObject({ status: "closed", deadline_status: "met" });
    expect((await closingEvent(order.id)).onTime).toBe(true);
    const { rows } = await testDb.db.pool.query("SELECT met_at FROM deadlines WHERE id = $1", [order.deadline_id]);
    expect(rows[0].met_at.toISOString()).toBe(later(2).toISOString());
  });

  it("an order closes when its deadline was cancelled on its own", async () => {
    const order = await xpressOrder("WO-3");
    await as("supervisor", later(1), (ctx) => printWorkOrders({ ids: [order.id] }, ctx));
    await as("supervisor", later(2), (ctx) => cancelDeadline(order.deadline_id, { reason: "Reprogramada" }, ctx));
    expect((await close(order.id, later(5))).deadline_status).toBe("cancelled");
    expect((await closingEvent(order.id)).onTime).toBeNull();
  });

  it("closing late still completes a deadline that is open: breached, with the instant it was done", async () => {
    const order = await xpressOrder("WO-4");
    await as("supervisor", later(1), (ctx) => printWorkOrders({ ids: [order.id] }, ctx));
    expect((await close(order.id, later(30))).deadline_status).toBe("breached");
    expect((await closingEvent(order.id)).onTime).toBe(false);
  });
});

describe("a follow-up's team is its kind's, from the follow-up procedure", () => {
  it("even when a stored activities version names another team (a typo of an older document)", async () => {
    // An older document, written before the catalog lost its role field: «quality» instead of quality_team.
    await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query(
        `INSERT INTO catalog_versions (tenant_id, kind, scope, version, content)
         SELECT tenant_id, kind, scope, version + 1,
                jsonb_set(content, '{activities,0,followUps}',
                          (SELECT jsonb_agg(f || jsonb_build_object('role', 'quality')) FROM jsonb_array_elements(content #> '{activities,0,followUps}') f))
           FROM catalog_versions WHERE kind = 'work_order_activities' AND scope = 'default' ORDER BY version DESC LIMIT 1`,
      ),
    );
    const order = await xpressOrder("WO-5");
    const { rows } = await testDb.db.pool.query("SELECT kind, role FROM follow_ups WHERE subject_id = $1", [order.id]);
    expect(rows).toEqual([{ kind: "repeated_damage_check", role: "quality_team" }]);
  });
});

describe("the Xpress orders are the retention cases' orders", () => {
  it("listing by origin leaves out an order of another origin with the same activity", async () => {
    const order = await xpressOrder("WO-6");
    const other = await as("advisor", START, (ctx) =>
      createWorkOrder(
        {
          originType: "service_request",
          originId: order.id,
          customerId: order.customer_id,
          productId: order.product_id,
          activityCode: "40530",
          observation: "Solicitud de servicio",
        },
        ctx,
      ),
    );
    const ids = async (originType?: string) =>
      (
        await as("supervisor", START, ({ tx }) => listWorkOrders(tx, { originType, customerId: order.customer_id, limit: 10 }))
      ).map((row) => row.id);
    expect((await ids()).sort()).toEqual([order.id, other.id].sort());
    expect(await ids("retention_case")).toEqual([order.id]);
  });
});

describe("printing a batch (step 6)", () => {
  const statuses = async (ids: string[]) => {
    const { rows } = await testDb.db.pool.query<{ id: string; status: string; printed_at: Date | null }>(
      "SELECT id, status, printed_at FROM work_orders WHERE id = ANY($1) ORDER BY id",
      [ids],
    );
    return rows;
  };
  const printEvents = async (ids: string[]) => {
    const { rows } = await testDb.db.pool.query<{ subject_id: string; action: string; actor_role: string }>(
      "SELECT subject_id, action, actor_role FROM events WHERE subject_id = ANY($1) AND action LIKE 'work_order_%printed' ORDER BY id",
      [ids],
    );
    return rows;
  };

  it("prints every order of the list with one timeline event each; a reprint keeps the first print", async () => {
    const ids = [(await xpressOrder("WO-7")).id, (await xpressOrder("WO-8")).id];
    const printed = await as("supervisor", later(1), (ctx) => printWorkOrders({ ids }, ctx));
    expect(printed.map((o) => o.status)).toEqual(["printed", "printed"]);
    await as("supervisor", later(2), (ctx) => printWorkOrders({ ids }, ctx));
    expect((await statuses(ids)).map((o) => [o.status, o.printed_at?.toISOString()])).toEqual([
      ["printed", later(1).toISOString()],
      ["printed", later(1).toISOString()],
    ]);
    const events = await printEvents(ids);
    expect(events.map((e) => e.action).sort()).toEqual([
      "work_order_printed",
      "work_order_printed",
      "work_order_reprinted",
      "work_order_reprinted",
    ]);
    expect(new Set(events.map((e) => e.subject_id))).toEqual(new Set(ids));
    expect(events.every((e) => e.actor_role === "supervisor")).toBe(true);
  });

  it("refuses the whole batch, changing nothing, when one order is unknown or the user is not a supervisor", async () => {
    const order = await xpressOrder("WO-9");
    const unknown = "00000000-0000-4000-8000-000000000000";
    const missing = await as("supervisor", later(1), (ctx) => printWorkOrders({ ids: [order.id, unknown] }, ctx)).catch(
      (error) => error,
    );
    expect(missing).toMatchObject({ code: "NOT_FOUND" });
    const wrongRole = await as("technician", later(1), (ctx) => printWorkOrders({ ids: [order.id] }, ctx)).catch(
      (error) => error,
    );
    expect(wrongRole).toMatchObject({ code: "FORBIDDEN" });
    expect((await statuses([order.id])).map((o) => o.status)).toEqual(["open"]);
    expect(await printEvents([order.id])).toEqual([]);
  });
});

describe("the activities catalog keeps the tasks orders used", () => {
  it("refuses removing a task a closed order has done; other tasks may go", async () => {
    await as("admin", later(40), async (ctx) => {
      const current = await readCatalog<ActivitiesCatalog>(ctx.tx, "work_order_activities", "default");
      // The current version is the older document of the test above: its follow-ups' role goes too.
      const activities = current.content.activities.map((a) => ({
        ...a,
        followUps: a.followUps.map(({ kind, from, after }) => ({ kind, from, after })),
      }));
      const without = (code: string) => ({
        activities: activities.map((a) =>
          a.code === "40530" ? { ...a, checklist: a.checklist.filter((task) => task.code !== code) } : a,
        ),
      });
      const publish = (code: string) =>
        publishCatalog(
          { kind: "work_order_activities", scope: "default", content: without(code), basedOnVersion: current.version },
          ctx,
        );
      // WO-2 and WO-4 were closed with drop-cable.
      await expect(publish("drop-cable")).rejects.toMatchObject({
        code: "VALIDATION_FAILED",
        message: expect.stringContaining("drop-cable"),
      });
      await expect(publish("phone-extension")).resolves.toEqual({ version: current.version + 1 });
    });
  });
});
