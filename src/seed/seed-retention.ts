import { crc32, deflateSync } from "node:zlib";
import { DateTime } from "luxon";
import { readCatalog } from "../modules/catalogs/index.js";
import { completeFollowUp } from "../modules/followups/index.js";
import type { RetentionSettings } from "../modules/retention/index.js";
import {
  acceptCancellation,
  checkRepeatedDamage,
  createXpressOrder,
  fileBillingClaim,
  findRepeatedDamage,
  grantPromotion,
  offerRemedy,
  openCase,
  recordEvaluation,
  retainCustomer,
  SETTINGS_KIND,
} from "../modules/retention/index.js";
import { closeWorkOrder, printWorkOrders } from "../modules/workorders/index.js";
import type { Actor, CommandContext } from "../platform/context.js";
import type { Tx } from "../platform/db/pool.js";
import { type DemoCandidate, listDemoCandidates, listDueFollowUps } from "./retention-repo.js";

export interface RetentionDemoCounts {
  cases: number;
  retained: number;
  cancelled: number;
  open: number;
  workOrders: number;
}

/** A PNG data URL of an 8-bit RGBA image from its raw scanlines (each a filter byte, then 4 bytes a pixel). */
export function pngDataUrl(width: number, height: number, raw: Buffer): string {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString("base64")}`;
}

/** A small PNG of a handwritten-looking stroke: the signature the demo's technicians captured. */
export function demoSignature(seed: number): string {
  const width = 160;
  const height = 48;
  const raw = Buffer.alloc((width * 4 + 1) * height, 255);
  for (let x = 8; x < width - 8; x++) {
    const y = Math.round(height / 2 + Math.sin((x + seed) / 9) * 12 + Math.sin((x * seed) / 31) * 4);
    for (const dy of [0, 1]) {
      const offset = (y + dy) * (width * 4 + 1) + 1 + x * 4;
      raw.fill(0, offset, offset + 3);
    }
  }
  for (let row = 0; row < height; row++) raw[row * (width * 4 + 1)] = 0;
  return pngDataUrl(width, height, raw);
}

/** The service a calm customer asks to cancel: their Internet line, else their first active product. */
const mainProduct = (customer: DemoCandidate) =>
  (customer.products.find((p) => p.kind === "internet") ?? customer.products[0]!).id;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The retention history of the demo operator, made with the product's own commands at past instants:
 * last month's and this month's cases (retained by compensation, promotion or the Xpress fix, or
 * cancelled with a reason) so the indicator and the step-15 evaluation have figures; Xpress orders
 * printed and closed with a signature, their follow-ups due for the incident and quality teams; one
 * order waiting for the technician and one case left open for the advisor. Customers with repeated
 * damage not used here stay for the advisor to try live. Runs in the caller's tenant transaction.
 */
export async function seedRetentionDemo(
  tx: Tx,
  actors: (role: string) => Actor,
  options: { now: Date; timezone: string },
): Promise<RetentionDemoCounts> {
  const counts: RetentionDemoCounts = { cases: 0, retained: 0, cancelled: 0, open: 0, workOrders: 0 };
  const at = (role: string, now: Date): CommandContext => ({ tx, actor: actors(role), now });
  const monthStart = DateTime.fromJSDate(options.now, { zone: options.timezone }).startOf("month");
  const lastMonthStart = monthStart.minus({ months: 1 }).toJSDate().getTime();
  const thisMonthStart = monthStart.toJSDate().getTime();
  // Office hours of a day: 08:00 local plus a few hours, so the timeline reads like a working day.
  const during = (from: number, to: number, i: number, n: number) => new Date(from + ((to - from) * (i + 0.5)) / n);

  const candidates = await listDemoCandidates(tx, options.now);
  // Calm customers: no claim in the last 120 days, no flag.
  const calm = candidates.filter((c) => c.claims.length === 0 && !c.isFlagged);
  const rule = (await readCatalog<RetentionSettings>(tx, SETTINGS_KIND, "default")).content.repeatedDamage;
  const taken = new Set<string>();
  /** The next customer with repeated damage at `when` (the rule step 2 applies) and an Internet line for the Xpress order. */
  const damagedAt = (when: Date) => {
    const customer = candidates.find(
      (c) =>
        !taken.has(c.id) && c.products.some((p) => p.kind === "internet") && findRepeatedDamage(c.claims, when, rule).length > 0,
    );
    if (customer) taken.add(customer.id);
    return customer;
  };

  /** Branch B for one customer: compensation, a promotion, or a cancellation, then the outcome. */
  async function branchB(customer: DemoCandidate, when: Date, plan: "compensation" | "promotion" | "cancel"): Promise<void> {
    const advisor = at("advisor", when);
    const { row } = await openCase({ customerId: customer.id, productId: mainProduct(customer) }, advisor);
    counts.cases++;
    await checkRepeatedDamage(row.id, advisor);
    if (plan === "cancel") {
      const reasons = ["competitor-offer", "price", "moving-no-coverage", "repeated-failures"];
      await acceptCancellation(
        row.id,
        { reasonCode: reasons[counts.cases % reasons.length]!, note: "El cliente no acepta las ofertas" },
        advisor,
      );
      counts.cancelled++;
      return;
    }
    if (plan === "promotion" && customer.promotion) {
      await grantPromotion(row.id, { offerCode: customer.promotion.offerCode, productId: customer.promotion.productId }, advisor);
    } else {
      await offerRemedy(row.id, { offerCode: "compensation-services", productId: mainProduct(customer) }, advisor);
      await fileBillingClaim(row.id, advisor);
    }
    await retainCustomer(row.id, { note: "Acepta la oferta y continúa" }, advisor);
    counts.retained++;
  }

  const plans: Array<"compensation" | "promotion" | "cancel"> = [
    "promotion",
    "cancel",
    "compensation",
    "promotion",
    "cancel",
    "compensation",
    "cancel",
  ];
  const lastMonthCalm = calm.slice(0, 14);
  for (const [i, customer] of lastMonthCalm.entries()) {
    await branchB(customer, during(lastMonthStart, thisMonthStart, i, lastMonthCalm.length), plans[i % plans.length]!);
  }
  // This month so far: fewer cancellations than last month (the seed's goal), spread up to now.
  const thisMonthCalm = calm.slice(14, 20);
  const soFar = Math.max(options.now.getTime() - 2 * HOUR, thisMonthStart + HOUR);
  for (const [i, customer] of thisMonthCalm.entries()) {
    await branchB(
      customer,
      during(thisMonthStart, soFar, i, thisMonthCalm.length),
      i === 2 ? "cancel" : i % 2 === 0 ? "promotion" : "compensation",
    );
  }

  // Branch A: the Xpress fix. Older ones are printed, closed with the customer's signature, and their
  // quality control becomes due; the newest waits for the technician.
  for (const [i, ago] of [6 * DAY, 3 * DAY, 3 * HOUR].entries()) {
    const when = new Date(options.now.getTime() - ago);
    const customer = damagedAt(when);
    if (!customer) continue;
    const advisor = at("advisor", when);
    const { row } = await openCase({ customerId: customer.id }, advisor);
    counts.cases++;
    await checkRepeatedDamage(row.id, advisor);
    await offerRemedy(row.id, { offerCode: i === 1 ? "compensation-repeated-damage" : "bill-waiver-month" }, advisor);
    await fileBillingClaim(row.id, advisor);
    const order = await createXpressOrder(row.id, {}, advisor);
    counts.workOrders++;
    await retainCustomer(row.id, { note: "Acepta la solución técnica Xpress" }, advisor);
    counts.retained++;
    if (i === 2) continue;
    await printWorkOrders({ ids: [order.id] }, at("supervisor", new Date(when.getTime() + HOUR)));
    await closeWorkOrder(
      order.id,
      {
        tasksDone: i === 0 ? ["wifi-access-point", "cabling-two-devices"] : ["drop-cable"],
        result: "Servicios funcionando en su totalidad; se explica al cliente el uso del equipo",
        signature: demoSignature(i + 3),
        signedByName: customer.fullName,
      },
      at("technician", new Date(when.getTime() + (i === 0 ? 5 : 30) * HOUR)),
    );
  }
  // The oldest order's quality control was already done by the incident team when it came due.
  const [due] = await listDueFollowUps(tx, "incident_followup", new Date(options.now.getTime() - DAY));
  if (due) {
    await completeFollowUp(
      due.id,
      { serviceWorking: true, customerSatisfied: true, note: "Cliente conforme con la visita" },
      at("incident_followup", new Date(due.due_at.getTime() + 2 * HOUR)),
    );
  }

  // One case in progress for the advisor to continue: repeated damage found, negotiation pending.
  const openedAt = new Date(options.now.getTime() - 20 * 60_000);
  const waiting = damagedAt(openedAt);
  if (waiting) {
    const advisor = at("advisor", openedAt);
    const { row } = await openCase({ customerId: waiting.id }, advisor);
    await checkRepeatedDamage(row.id, advisor);
    counts.cases++;
    counts.open++;
  }

  // Step 15: commercial management evaluated last month.
  if (lastMonthCalm.length > 0) {
    await recordEvaluation(
      {
        month: DateTime.fromMillis(lastMonthStart, { zone: options.timezone }).toFormat("yyyy-MM"),
        decision: "feedback",
        notes: "Reforzar la oferta de canales Premium; revisar con los equipos las bajas por precio.",
      },
      at("commercial_management", new Date(thisMonthStart + HOUR)),
    );
  }
  return counts;
}
