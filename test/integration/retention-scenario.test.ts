import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordClaim } from "../../src/modules/customers/commands/record-claim.js";
import { completeFollowUp } from "../../src/modules/followups/commands/complete-follow-up.js";
import { listWorklist } from "../../src/modules/followups/queries.js";
import { readIndicator } from "../../src/modules/indicators/index.js";
import type { OutboundAdapter } from "../../src/modules/integrations/adapters.js";
import { deliverOutbound } from "../../src/modules/integrations/commands/deliver-outbound.js";
import { retryOutbound } from "../../src/modules/integrations/commands/retry-outbound.js";
import { acceptCancellation } from "../../src/modules/retention/commands/accept-cancellation.js";
import { checkRepeatedDamage } from "../../src/modules/retention/commands/check-repeated-damage.js";
import { createXpressOrder } from "../../src/modules/retention/commands/create-xpress-order.js";
import { endPromotion } from "../../src/modules/retention/commands/end-promotion.js";
import { fileBillingClaim } from "../../src/modules/retention/commands/file-billing-claim.js";
import { grantPromotion } from "../../src/modules/retention/commands/grant-promotion.js";
import { offerRemedy } from "../../src/modules/retention/commands/offer-remedy.js";
import { openCase } from "../../src/modules/retention/commands/open-case.js";
import { recordEvaluation } from "../../src/modules/retention/commands/record-evaluation.js";
import { retainCustomer } from "../../src/modules/retention/commands/retain-customer.js";
import { readEvaluation } from "../../src/modules/retention/evaluation.js";
import { RETENTION_INDICATORS } from "../../src/modules/retention/indicators.js";
import { present360 } from "../../src/modules/retention/presenter.js";
import { findCustomer360 } from "../../src/modules/retention/queries.js";
import { closeWorkOrder } from "../../src/modules/workorders/commands/close-work-order.js";
import { printWorkOrders } from "../../src/modules/workorders/commands/print-work-orders.js";
import { presentWorkOrderListItem } from "../../src/modules/workorders/presenter.js";
import { listWorkOrders } from "../../src/modules/workorders/queries.js";
import { systemActor } from "../../src/platform/context.js";
import { indicatorCodeText } from "../../src/platform/extensions/indicator.js";
import { outboundHooks } from "../../src/platform/manifest.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { definitionOf, expectRowsAddUp, indicatorRows } from "../support/indicators.js";
import { actorOf, buildRetentionCustomer, runAs, SIGNATURE_PNG } from "../support/retention.js";
import { firePendingTimer, pendingTimer } from "../support/timers.js";

let testDb: TestDatabase;
let tenant: TestTenant;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const bogota = (local: string) => DateTime.fromISO(local, { zone: "America/Bogota" }).toJSDate();
// Tuesday 10 March 2026, 10:00 in Bogotá: the customer calls to cancel.
const CALL = bogota("2026-03-10T10:00");

const as = <T>(role: string, now: Date, work: Parameters<typeof runAs<T>>[4]) => runAs(testDb.db, tenant, role, now, work);

async function caseEvents(caseId: string) {
  const { rows } = await testDb.db.tenant(tenant.tenantId, (tx) =>
    tx.query<{ action: string; actor_role: string; after: Record<string, unknown> }>(
      "SELECT action, actor_role, after FROM events WHERE subject_type = 'retention_case' AND subject_id = $1 ORDER BY id",
      [caseId],
    ),
  );
  return rows;
}

async function outbound(subjectId: string) {
  const { rows } = await testDb.db.tenant(tenant.tenantId, (tx) =>
    tx.query<{ id: string; adapter: string; operation: string; payload: Record<string, unknown> }>(
      "SELECT id, adapter, operation, payload FROM outbound_messages WHERE subject_id = $1 ORDER BY created_at, number",
      [subjectId],
    ),
  );
  return rows;
}

const timerJob = (key: string) => pendingTimer(testDb.db, tenant.tenantId, key);

const fire = (key: string, now: Date) => firePendingTimer(testDb.db, tenant.tenantId, key, now);

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "retencion");
});
afterAll(async () => {
  await testDb?.drop();
});

describe("branch A: repeated damage → Xpress fix, print, technician, quality control, 30-day check", () => {
  it("walks steps 1–10 with every role doing its step, on the timeline", async () => {
    const customer = await buildRetentionCustomer(
      testDb.db,
      tenant,
      {
        code: "RA-1",
        fullName: "Marisol Quintero",
        phone: "+573001112233",
        products: [
          { serviceNumber: "IN-RA1", kind: "internet", technology: "ftth", monthlyFee: 120_000 },
          { serviceNumber: "TV-RA1", kind: "tv", technology: "hfc", monthlyFee: 60_000 },
        ],
        claims: [
          { code: "RC-A1", serviceNumber: "IN-RA1", daysAgo: 20, resolvedDaysAgo: 19 },
          { code: "RC-A2", serviceNumber: "IN-RA1", daysAgo: 3 },
          { code: "RC-A3", serviceNumber: "TV-RA1", daysAgo: 2 },
        ],
        billing: [330_000, 310_000, 320_000],
      },
      CALL,
    );
    const internet = customer.products["IN-RA1"]!;

    // Step 1: the 360 shows VIP by billing, the repeated damage on Internet and which claims make it.
    const view = await as("advisor", CALL, async ({ tx, now, actor }) =>
      present360((await findCustomer360(tx, customer.id, now))!, now, actor),
    );
    expect(view.vip).toMatchObject({ isVip: true, billingAverage: 320_000 });
    expect(view.repeatedDamage).toHaveLength(1);
    expect(view.repeatedDamage[0]!.productId).toBe(internet);
    const codes = view.claims.filter((c) => view.repeatedDamage[0]!.claimIds.includes(c.id)).map((c) => c.code);
    expect(codes.sort()).toEqual(["RC-A1", "RC-A2"]);
    expect(view.explanation.branch.reason).toContain("RC-A1");
    expect(view.explanation.steps.map((s) => [s.step, s.allowed])).toEqual([["open", true]]);
    expect(view.xpressObservationDraft).toContain("NO COBRO EL MES DE MARZO");
    expect(view.xpressObservationDraft).toContain("AL CEL +573001112233");

    const { row: opened } = await as("advisor", CALL, (ctx) => openCase({ customerId: customer.id }, ctx));
    expect(opened.state).toBe("opened");
    expect(opened.facts).toMatchObject({ vip: { isVip: true } });

    // Step 2 → branch A on the Internet product.
    const checked = await as("advisor", CALL, (ctx) => checkRepeatedDamage(opened.id, ctx));
    expect(checked).toMatchObject({ state: "repeated_damage", branch: "repeated_damage", product_id: internet });

    // Step 3: the customer accepts the bill waiver of the month with the Xpress fix.
    const negotiated = await as("advisor", CALL, (ctx) => offerRemedy(opened.id, { offerCode: "bill-waiver-month" }, ctx));
    expect(negotiated.state).toBe("negotiated");

    // Step 4: the billing claim «Retiro por Retención con Servicio de Ingeniería» goes to the billing system.
    const filed = await as("advisor", CALL, (ctx) => fileBillingClaim(opened.id, ctx));
    expect(filed.state).toBe("billing_claim_filed");
    expect(await outbound(opened.id)).toEqual([
      expect.objectContaining({
        adapter: "billing",
        operation: "billing_claim.file",
        payload: expect.objectContaining({
          concept: "Retiro por Retención con Servicio de Ingeniería",
          amount: 120_000,
          period: "2026-03",
        }),
      }),
    ]);

    // Step 5: the engineering-service order, due in 24 clock hours.
    const order = await as("advisor", CALL, (ctx) => createXpressOrder(opened.id, {}, ctx));
    expect(order).toMatchObject({
      order_type: "engineering_service",
      activity_code: "40530",
      activity_name: "PEX/Adecuación por Retención",
      payment_method: "credit",
      value: "0.00",
      product_id: internet,
      status: "open",
    });
    expect(order.observation).toMatch(/^CLIENTE CON DAÑOS REITERADOS.*MES DE MARZO.*AL CEL \+573001112233$/);
    expect(order.due_at.getTime()).toBe(CALL.getTime() + 24 * HOUR);
    expect((await outbound(order.id)).map((m) => m.operation)).toEqual(["work_order.create"]);

    // The outside systems answer through the simulator: the filing and order numbers are kept.
    for (const message of [...(await outbound(opened.id)), ...(await outbound(order.id))]) {
      expect(await fire(`outbound:${message.id}`, CALL)).toBe("fired");
    }
    const { rows: references } = await testDb.db.pool.query(
      `SELECT (SELECT external_reference FROM retention_offers WHERE case_id = $1) AS claim,
              (SELECT external_reference FROM work_orders WHERE id = $2) AS order`,
      [opened.id, order.id],
    );
    expect(references[0].claim).toMatch(/^FAC-\d{6}$/);
    expect(references[0].order).toMatch(/^OT-\d{6}$/);

    // On the supervisor's board the order is on time up to its due instant, breached one millisecond later.
    const [listed] = await as("supervisor", CALL, ({ tx }) => listWorkOrders(tx, { ids: [order.id], limit: 1 }));
    expect(presentWorkOrderListItem(listed!, order.due_at).isBreached).toBe(false);
    expect(presentWorkOrderListItem(listed!, new Date(order.due_at.getTime() + 1)).isBreached).toBe(true);

    // The customer stays.
    const retained = await as("advisor", CALL, (ctx) => retainCustomer(opened.id, { note: "Acepta la solución" }, ctx));
    expect(retained).toMatchObject({ state: "retained", outcome: "retained" });

    // Step 6: the operations-center supervisor prints the 40530 orders.
    const printed = await as("supervisor", new Date(CALL.getTime() + HOUR), (ctx) =>
      printWorkOrders({ activityCode: "40530" }, ctx),
    );
    expect(printed.map((o) => [o.id, o.status])).toEqual([[order.id, "printed"]]);

    // Steps 7–8: the technician closes it within the 24 hours, with the checklist and the signature.
    const closedAt = new Date(CALL.getTime() + 5 * HOUR);
    const closed = await as("technician", closedAt, (ctx) =>
      closeWorkOrder(
        order.id,
        {
          tasksDone: ["wifi-access-point", "drop-cable"],
          result: "Servicios funcionando",
          signature: SIGNATURE_PNG,
          signedByName: "Marisol Quintero",
        },
        ctx,
      ),
    );
    expect(closed).toMatchObject({ status: "closed", tasks_done: ["wifi-access-point", "drop-cable"] });
    const { rows: deadline } = await testDb.db.pool.query("SELECT status, measure FROM deadlines WHERE id = $1", [
      order.deadline_id,
    ]);
    expect(deadline[0]).toEqual({ status: "met", measure: "clock" });

    // Step 9: quality control 2 business days after closing (Tuesday 15:00 → Thursday's close, 18:00).
    const qualityDue = bogota("2026-03-12T18:00");
    const early = await as("incident_followup", closedAt, ({ tx, now }) =>
      listWorklist(tx, { roles: ["incident_followup"], scope: "due", now, limit: 10 }).then((page) => page.rows),
    );
    expect(early).toEqual([]);
    const dueForIncidents = await as("incident_followup", qualityDue, ({ tx, now }) =>
      listWorklist(tx, { roles: ["incident_followup"], scope: "due", now, limit: 10 }).then((page) => page.rows),
    );
    expect(dueForIncidents.map((f) => [f.kind, f.due_at.toISOString()])).toEqual([["quality_control", qualityDue.toISOString()]]);
    const quality = dueForIncidents[0]!;
    const notYet = await as("incident_followup", new Date(qualityDue.getTime() - 1), (ctx) =>
      completeFollowUp(quality.id, { serviceWorking: true, customerSatisfied: true }, ctx),
    ).catch((error) => error);
    expect(notYet).toMatchObject({ code: "STEP_NOT_ALLOWED" });
    const wrongTeam = await as("quality_team", qualityDue, (ctx) =>
      completeFollowUp(quality.id, { serviceWorking: true }, ctx),
    ).catch((error) => error);
    expect(wrongTeam).toMatchObject({ code: "FORBIDDEN" });
    expect(await fire(`follow_up:${quality.id}:due`, qualityDue)).toBe("fired");
    const qc = await as("incident_followup", qualityDue, (ctx) =>
      completeFollowUp(quality.id, { serviceWorking: true, customerSatisfied: true, note: "Cliente conforme" }, ctx),
    );
    expect(qc.outcome).toMatchObject({ serviceWorking: true, customerSatisfied: true, stillCustomer: true, newClaim: false });

    // Step 10: 30 days after the service, the quality team sees a new claim came in on that product.
    await as("admin", new Date(closedAt.getTime() + 10 * DAY), (ctx) =>
      recordClaim(
        {
          code: "RC-A4",
          serviceNumber: "IN-RA1",
          category: "Lentitud",
          openedAt: new Date(closedAt.getTime() + 10 * DAY).toISOString(),
        },
        ctx,
      ),
    );
    const checkDue = new Date(order.created_at.getTime() + 30 * DAY);
    const qualityList = await as("quality_team", checkDue, ({ tx, now }) =>
      listWorklist(tx, { roles: ["quality_team"], scope: "due", now, limit: 10 }).then((page) => page.rows),
    );
    expect(qualityList.map((f) => [f.kind, f.still_customer, f.new_claim_codes])).toEqual([
      ["repeated_damage_check", true, ["RC-A4"]],
    ]);
    const check = await as("quality_team", checkDue, (ctx) => completeFollowUp(qualityList[0]!.id, { damageSolved: false }, ctx));
    expect(check.outcome).toMatchObject({ damageSolved: false, stillCustomer: true, newClaim: true, newClaimCodes: ["RC-A4"] });

    const events = await caseEvents(opened.id);
    expect(events.map((e) => [e.action, e.actor_role])).toEqual([
      ["case_opened", "advisor"],
      ["repeated_damage_checked", "advisor"],
      ["offer_accepted", "advisor"],
      ["outbound_queued", "advisor"],
      ["billing_claim_filed", "advisor"],
      ["xpress_order_created", "advisor"],
      ["outbound_sent", "system"],
      ["customer_retained", "advisor"],
      ["quality_control_done", "incident_followup"],
      ["repeated_damage_check_done", "quality_team"],
    ]);
    expect(events[1]!.after).toMatchObject({
      repeatedDamage: { serviceNumber: "IN-RA1", claims: [{ code: "RC-A1" }, { code: "RC-A2" }] },
    });
  });
});

describe("branch B: compensation, or a promotion that a durable timer reverts", () => {
  it("compensation path: steps 11–13, then retained", async () => {
    const customer = await buildRetentionCustomer(
      testDb.db,
      tenant,
      {
        code: "RB-1",
        fullName: "Jorge Restrepo",
        products: [{ serviceNumber: "IN-RB1", kind: "internet", technology: "hfc", monthlyFee: 90_000 }],
      },
      CALL,
    );
    const { row } = await as("advisor", CALL, (ctx) => openCase({ customerId: customer.id }, ctx));
    expect((await as("advisor", CALL, (ctx) => checkRepeatedDamage(row.id, ctx))).state).toBe("request_analysis");
    const offered = await as("advisor", CALL, (ctx) =>
      offerRemedy(row.id, { offerCode: "compensation-services", productId: customer.products["IN-RB1"] }, ctx),
    );
    expect(offered).toMatchObject({ state: "compensation_offered", request_kind: "compensation" });
    expect((await as("advisor", CALL, (ctx) => fileBillingClaim(row.id, ctx))).state).toBe("compensation_filed");
    expect(await outbound(row.id)).toEqual([
      expect.objectContaining({
        operation: "billing_claim.file",
        payload: expect.objectContaining({
          concept: "Compensación de servicios por retención",
          claimType: "compensation",
          amount: 45_000,
        }),
      }),
    ]);
    expect((await as("advisor", CALL, (ctx) => retainCustomer(row.id, {}, ctx))).outcome).toBe("retained");
  });

  it("better-offer path: a copper customer is refused the bandwidth increase; premium channels are granted and reverted at the end", async () => {
    const customer = await buildRetentionCustomer(
      testDb.db,
      tenant,
      {
        code: "RB-2",
        fullName: "Luz Dary Castaño",
        products: [
          { serviceNumber: "IN-RB2", kind: "internet", technology: "copper" },
          { serviceNumber: "TV-RB2", kind: "tv", technology: "hfc" },
        ],
        claims: [
          { code: "RC-B1", serviceNumber: "IN-RB2", daysAgo: 4 },
          { code: "RC-B2", serviceNumber: "TV-RB2", daysAgo: 6 },
        ],
      },
      CALL,
    );
    const { row } = await as("advisor", CALL, (ctx) => openCase({ customerId: customer.id }, ctx));
    // Two claims, but on different products: no repeated damage.
    expect((await as("advisor", CALL, (ctx) => checkRepeatedDamage(row.id, ctx))).branch).toBe("request_analysis");

    const refused = await as("advisor", CALL, (ctx) =>
      grantPromotion(row.id, { offerCode: "bandwidth-increase", productId: customer.products["IN-RB2"]! }, ctx),
    ).catch((error) => error);
    expect(refused).toMatchObject({ code: "STEP_NOT_ALLOWED" });
    expect(refused.message).toBe(
      "«Incremento de Ancho de Banda» es solo para clientes de fibra óptica (FTTH) o fibra óptica (GPON); el producto IN-RB2 es de cobre",
    );

    const granted = await as("advisor", CALL, (ctx) =>
      grantPromotion(row.id, { offerCode: "premium-channels", productId: customer.products["TV-RB2"]! }, ctx),
    );
    expect(granted).toMatchObject({ state: "promotion_granted", request_kind: "better_offer" });
    const { rows: offers } = await testDb.db.pool.query(
      "SELECT id, status, starts_at, ends_at FROM retention_offers WHERE case_id = $1",
      [row.id],
    );
    expect(offers).toHaveLength(1);
    const endsAt = bogota("2026-04-10T10:00");
    expect(offers[0].ends_at.toISOString()).toBe(endsAt.toISOString());
    const endKey = `retention_offer:${offers[0].id}:end`;
    expect((await timerJob(endKey))?.run_at.toISOString()).toBe(endsAt.toISOString());
    expect((await as("advisor", CALL, (ctx) => retainCustomer(row.id, {}, ctx))).state).toBe("retained");

    // Five days before the end, the follow-up reaches the advisor's worklist.
    const followUpAt = new Date(endsAt.getTime() - 5 * DAY);
    const before = await as("advisor", new Date(followUpAt.getTime() - 1), ({ tx, now }) =>
      listWorklist(tx, { roles: ["advisor"], scope: "due", now, limit: 10 }).then((page) => page.rows),
    );
    expect(before).toEqual([]);
    const due = await as("advisor", followUpAt, ({ tx, now }) =>
      listWorklist(tx, { roles: ["advisor"], scope: "due", now, limit: 10 }).then((page) => page.rows),
    );
    expect(due.map((f) => f.kind)).toEqual(["promotion_ending"]);
    await as("advisor", followUpAt, (ctx) => completeFollowUp(due[0]!.id, { customerStays: true, note: "Seguirá con TV" }, ctx));

    // The end timer fires too early (clock skew): nothing happens; at the end it reverts the promotion.
    expect(await fire(endKey, new Date(endsAt.getTime() - 1000))).toBe("nothing_to_do");
    expect(await fire(endKey, endsAt)).toBe("fired");
    const { rows: ended } = await testDb.db.pool.query("SELECT status, ended_at FROM retention_offers WHERE case_id = $1", [
      row.id,
    ]);
    expect(ended[0].status).toBe("ended");
    expect((await outbound(row.id)).map((m) => m.operation)).toEqual(["promotion.activate", "promotion.deactivate"]);
    expect((await caseEvents(row.id)).map((e) => e.action)).toEqual([
      "case_opened",
      "repeated_damage_checked",
      "outbound_queued",
      "promotion_granted",
      "customer_retained",
      "promotion_ending_done",
      "outbound_queued",
      "promotion_ended",
    ]);
  });
});

describe("the outside system gives up on an offer's message", () => {
  const refusing: OutboundAdapter = { deliver: async () => ({ ok: false, kind: "permanent", error: "servicio inexistente" }) };
  /** One delivery attempt of a message, answered by `adapter`, as the delivery timer would run it. */
  const deliverWith = (messageId: string, adapter: OutboundAdapter, now: Date) =>
    testDb.db.tenant(tenant.tenantId, (tx) =>
      deliverOutbound({ messageId }, { tx, actor: systemActor(tenant.tenantId), now }, outboundHooks(), async () => adapter),
    );
  const offerOf = async (caseId: string) => {
    const { rows } = await testDb.db.pool.query("SELECT id, status, ends_at FROM retention_offers WHERE case_id = $1", [caseId]);
    return rows[0];
  };

  it("a promotion never activated reads failed and is not reverted at its end; a retry that goes through restores it", async () => {
    const customer = await buildRetentionCustomer(
      testDb.db,
      tenant,
      { code: "RF-1", fullName: "Pilar Falla", products: [{ serviceNumber: "TV-RF1", kind: "tv", technology: "hfc" }] },
      CALL,
    );
    const { row } = await as("advisor", CALL, (ctx) => openCase({ customerId: customer.id }, ctx));
    await as("advisor", CALL, (ctx) => checkRepeatedDamage(row.id, ctx));
    await as("advisor", CALL, (ctx) =>
      grantPromotion(row.id, { offerCode: "premium-channels", productId: customer.products["TV-RF1"]! }, ctx),
    );
    const offer = await offerOf(row.id);
    const endKey = `retention_offer:${offer.id}:end`;
    const [activation] = await outbound(row.id);

    await deliverWith(activation!.id, refusing, CALL);
    expect((await offerOf(row.id)).status).toBe("failed");
    expect(await timerJob(endKey)).toBeUndefined();
    expect(
      await testDb.db.tenant(tenant.tenantId, (tx) =>
        endPromotion({ offerId: offer.id }, { tx, actor: systemActor(tenant.tenantId), now: offer.ends_at }),
      ),
    ).toBe(false);
    expect((await outbound(row.id)).map((m) => m.operation)).toEqual(["promotion.activate"]);

    // An admin retries it from /integraciones; provisioning takes it this time.
    const retryAt = new Date(CALL.getTime() + HOUR);
    await as("admin", retryAt, (ctx) => retryOutbound(activation!.id, ctx));
    expect(await fire(`outbound:${activation!.id}`, retryAt)).toBe("fired");
    expect(await offerOf(row.id)).toMatchObject({ status: "active" });
    expect((await timerJob(endKey))?.run_at.toISOString()).toBe(offer.ends_at.toISOString());
    expect((await caseEvents(row.id)).map((e) => e.action)).toEqual([
      "case_opened",
      "repeated_damage_checked",
      "outbound_queued",
      "promotion_granted",
      "outbound_failed",
      "promotion_activation_failed",
      "outbound_requeued",
      "outbound_sent",
      "offer_recovered",
    ]);
  });

  it("a billing claim the billing system refused reads failed on the case", async () => {
    const customer = await buildRetentionCustomer(
      testDb.db,
      tenant,
      { code: "RF-2", fullName: "Raúl Rechazo", products: [{ serviceNumber: "IN-RF2", kind: "internet", technology: "hfc" }] },
      CALL,
    );
    const { row } = await as("advisor", CALL, (ctx) => openCase({ customerId: customer.id }, ctx));
    await as("advisor", CALL, async (ctx) => {
      await checkRepeatedDamage(row.id, ctx);
      await offerRemedy(row.id, { offerCode: "compensation-services", productId: customer.products["IN-RF2"] }, ctx);
      await fileBillingClaim(row.id, ctx);
    });
    expect((await offerOf(row.id)).status).toBe("filed");
    const [claim] = await outbound(row.id);
    await deliverWith(claim!.id, refusing, CALL);
    expect((await offerOf(row.id)).status).toBe("failed");
    const failed = (await caseEvents(row.id)).at(-1)!;
    expect(failed).toMatchObject({ action: "billing_claim_failed", actor_role: "system" });
    expect(failed.after).toMatchObject({ status: "failed", offerCode: "compensation-services", error: "servicio inexistente" });
  });
});

describe("outcome and step 15", () => {
  it("a cancellation accepted with its reason counts in the indicator; commercial management records its evaluation", async () => {
    const february = bogota("2026-02-12T11:00");
    for (const [code, when] of [
      ["RC-C1", february],
      ["RC-C2", february],
      ["RC-C3", CALL],
    ] as const) {
      const customer = await buildRetentionCustomer(
        testDb.db,
        tenant,
        { code, fullName: `Cliente ${code}`, products: [{ serviceNumber: `IN-${code}`, kind: "internet", technology: "hfc" }] },
        when,
      );
      // The advisor names the service the customer wants to cancel.
      const productId = customer.products[`IN-${code}`]!;
      const { row } = await as("advisor", when, (ctx) => openCase({ customerId: customer.id, productId }, ctx));
      await as("advisor", when, (ctx) => checkRepeatedDamage(row.id, ctx));
      const cancelled = await as("advisor", when, (ctx) => acceptCancellation(row.id, { reasonCode: "competitor-offer" }, ctx));
      expect(cancelled).toMatchObject({ state: "cancelled", outcome: "cancelled", cancellation_reason: "competitor-offer" });
    }
    // March: 1 cancellation (RC-C3) and 3 retained (the other scenarios); February: 2 cancellations.
    const engine = (code: string, dimension = "total") =>
      as("commercial_management", CALL, ({ tx }) =>
        readIndicator(tx, { code, last: "2026-03-10", grain: "month", periods: 2, dimension }),
      );
    const cells = (report: Awaited<ReturnType<typeof engine>>) =>
      report.series.map((s) => [s.key, ...s.cells.map((c) => [c.numerator, c.denominator, c.value, c.verdict])]);
    // Seed 000: fewer cancellations than the month before is met; February has no January to compare with.
    expect(cells(await engine("retention.cancellations"))).toEqual([["total", [2, null, 2, null], [1, null, 1, "met"]]]);
    expect(cells(await engine("retention.cancellations", "product"))).toEqual([
      ["internet", [2, null, 2, null], [1, null, 1, "met"]],
    ]);
    expect(cells(await engine("retention.cancellations", "team"))).toEqual([["none", [2, null, 2, null], [1, null, 1, "met"]]]);
    // Retained ÷ closed: March 3 of 4 = 75 %, February 0 of 2; the seed sets no goal, so no verdict.
    expect(cells(await engine("retention.retention_rate"))).toEqual([["total", [0, 2, 0, null], [3, 4, 75, null]]]);
    expect(cells(await engine("retention.retention_rate", "product"))).toEqual([
      ["internet", [0, 2, 0, null], [2, 3, 66.67, null]],
      ["tv", [0, null, null, null], [1, 1, 100, null]],
    ]);
    // Product kinds, branches, «no team» and «no offer» are codes the SQL gives and the definition names in
    // both languages (the .xlsx and the screens alike); an offer's name is data, from the catalog.
    const rate = definitionOf(RETENTION_INDICATORS, "retention.retention_rate");
    const inWords = (dimension: string, s: { key: string; label: string | null }, language: "es" | "en") =>
      s.label ?? indicatorCodeText(rate, dimension, s.key, language);
    const byProduct = await engine("retention.retention_rate", "product");
    expect(byProduct.series.map((s) => [s.key, inWords("product", s, "es"), inWords("product", s, "en")])).toEqual([
      ["internet", "Internet", "Internet"],
      ["tv", "Televisión", "TV"],
    ]);
    // Step 15's «per offer» and «per branch» are the engine's too, named as the catalog and the seed name them.
    const byOffer = await engine("retention.retention_rate", "offer");
    expect(byOffer.series.map((s) => inWords("offer", s, "en"))).toContain("No offer");
    for (const s of byOffer.series) expect(inWords("offer", s, "es"), s.key).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
    const byBranch = await engine("retention.retention_rate", "branch");
    for (const s of byBranch.series) {
      expect(s.label).toBeNull();
      expect(inWords("branch", s, "es")).toMatch(/^(Daño reiterado \(A\)|Sin daño reiterado \(B\)|Sin rama)$/);
      expect(inWords("branch", s, "en")).toMatch(/^(Repeated damage \(A\)|No repeated damage \(B\)|No branch)$/);
    }
    // The drill-down of March's rate: the four closed cases, the three retained weighing 1 above the line.
    const drill = await indicatorRows(
      testDb.db,
      tenant.tenantId,
      rate,
      { from: "2026-03-01T05:00:00Z", to: "2026-04-01T05:00:00Z" },
      "2026-03-01",
    );
    expect(drill.map((r) => [r.outcome, Number(r.numerator_weight), Number(r.denominator_weight)]).sort()).toEqual([
      ["cancelled", 0, 1],
      ["retained", 1, 1],
      ["retained", 1, 1],
      ["retained", 1, 1],
    ]);
    for (const definition of RETENTION_INDICATORS) {
      for (const dimension of ["total", ...definition.dimensions]) {
        await expectRowsAddUp(testDb.db, tenant.tenantId, definition, {
          from: "2026-02-01T05:00:00Z",
          to: "2026-04-01T05:00:00Z",
          dimension,
        });
      }
    }

    // Step 15's view names each offer as the catalog does; cancelled cases had none.
    const evaluation = await as("commercial_management", CALL, ({ tx, now }) => readEvaluation(tx, now, 2));
    const march = evaluation.results.filter((r) => r.month === "2026-03");
    expect(march.filter((r) => r.offerCode === "none").map((r) => [r.offerLabel, r.cancelled])).toEqual([[null, 1]]);
    for (const row of march.filter((r) => r.offerCode !== "none")) {
      expect(row.offerLabel, row.offerCode).not.toBe(row.offerCode);
      expect(row.offerLabel?.length).toBeGreaterThan(3);
    }

    const { id } = await as("commercial_management", CALL, (ctx) =>
      recordEvaluation({ month: "2026-03", decision: "feedback", notes: "Reforzar la oferta Xpress" }, ctx),
    );
    const { rows } = await testDb.db.pool.query("SELECT decision, snapshot FROM retention_evaluations WHERE id = $1", [id]);
    expect(rows[0].decision).toBe("feedback");
    // The month's indicators as the engine read them, kept with the decision.
    expect(rows[0].snapshot).toMatchObject({
      month: "2026-03",
      cancellations: { code: "retention.cancellations", period: "2026-03-01", value: 1, verdict: "met" },
      retentionRate: { code: "retention.retention_rate", period: "2026-03-01", value: 75, verdict: null },
    });
    expect(actorOf(tenant, "commercial_management").roles).toEqual(["commercial_management"]);
  });
});
