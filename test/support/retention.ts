import { addProduct } from "../../src/modules/customers/commands/add-product.js";
import { createCustomer } from "../../src/modules/customers/commands/create-customer.js";
import { recordBilling } from "../../src/modules/customers/commands/record-billing.js";
import { recordClaim } from "../../src/modules/customers/commands/record-claim.js";
import type { ProductInput } from "../../src/modules/customers/schemas.js";
import { checkRepeatedDamage } from "../../src/modules/retention/commands/check-repeated-damage.js";
import { createXpressOrder } from "../../src/modules/retention/commands/create-xpress-order.js";
import { fileBillingClaim } from "../../src/modules/retention/commands/file-billing-claim.js";
import { offerRemedy } from "../../src/modules/retention/commands/offer-remedy.js";
import { openCase } from "../../src/modules/retention/commands/open-case.js";
import type { WorkOrderRow } from "../../src/modules/workorders/repo.js";
import type { Actor, CommandContext } from "../../src/platform/context.js";
import type { Db } from "../../src/platform/db/pool.js";
import { demoSignature } from "../../src/seed/seed-retention.js";
import type { TestTenant } from "./factories.js";

/** The tenant's user of `role` as a command actor. */
export function actorOf(tenant: TestTenant, role: string): Actor {
  const user = tenant.users[role]!;
  return {
    tenantId: tenant.tenantId,
    userId: user.id,
    email: user.email,
    fullName: role,
    roles: [role],
    permissions: new Set(),
    via: "session",
  };
}

/** Runs a command as the tenant's user of `role`, with the clock at `now`. */
export function runAs<T>(
  db: Db,
  tenant: TestTenant,
  role: string,
  now: Date,
  work: (ctx: CommandContext) => Promise<T>,
): Promise<T> {
  return db.tenant(tenant.tenantId, (tx) => work({ tx, actor: actorOf(tenant, role), now }));
}

const DAY = 86_400_000;

export interface RetentionCustomerSpec {
  code: string;
  fullName: string;
  tier?: string;
  phone?: string;
  hasCreditBureauFlag?: boolean;
  products: Array<Omit<ProductInput, "plan" | "status"> & { status?: ProductInput["status"]; monthlyFee?: number }>;
  /** Claims by service number, opened `daysAgo` before `now`, resolved `resolvedDaysAgo` before it (or open). */
  claims?: Array<{ code: string; serviceNumber: string; daysAgo: number; resolvedDaysAgo?: number }>;
  /** Billing amounts, newest month first (the month before `now`'s month, and back). */
  billing?: number[];
}

/** A customer with products, claims and billing, registered through the customers module's commands. */
export async function buildRetentionCustomer(
  db: Db,
  tenant: TestTenant,
  spec: RetentionCustomerSpec,
  now: Date,
): Promise<{ id: string; products: Record<string, string> }> {
  return runAs(db, tenant, "admin", now, async (ctx) => {
    const { id } = await createCustomer(
      {
        code: spec.code,
        documentId: `DOC-${spec.code}`,
        fullName: spec.fullName,
        tier: (spec.tier ?? "standard") as "standard",
        phone: spec.phone ?? "+573001112233",
        city: "Bogotá",
        address: "Calle 10 # 20-30",
        hasCreditBureauFlag: spec.hasCreditBureauFlag ?? false,
      },
      ctx,
    );
    const products: Record<string, string> = {};
    for (const product of spec.products) {
      products[product.serviceNumber] = (
        await addProduct(
          id,
          {
            ...product,
            plan: `Plan ${product.kind}`,
            status: product.status ?? "active",
            monthlyFee: product.monthlyFee ?? 100_000,
          },
          ctx,
        )
      ).id;
    }
    for (const claim of spec.claims ?? []) {
      await recordClaim(
        {
          code: claim.code,
          serviceNumber: claim.serviceNumber,
          category: "Intermitencia",
          openedAt: new Date(now.getTime() - claim.daysAgo * DAY).toISOString(),
          resolvedAt:
            claim.resolvedDaysAgo === undefined ? null : new Date(now.getTime() - claim.resolvedDaysAgo * DAY).toISOString(),
        },
        ctx,
      );
    }
    for (const [index, amount] of (spec.billing ?? []).entries()) {
      const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1 - index, 1));
      await recordBilling(id, { period: month.toISOString().slice(0, 7), amount }, ctx);
    }
    return { id, products };
  });
}

/**
 * Steps 1–5 as the advisor for a customer with repeated damage: open, check, the bill waiver of the month,
 * its billing claim, and the Xpress order (with the advisor's observation, or the template's).
 */
export function walkToXpressOrder(
  db: Db,
  tenant: TestTenant,
  customerId: string,
  now: Date,
  observation?: string,
): Promise<WorkOrderRow> {
  return runAs(db, tenant, "advisor", now, async (ctx) => {
    const { row } = await openCase({ customerId }, ctx);
    await checkRepeatedDamage(row.id, ctx);
    await offerRemedy(row.id, { offerCode: "bill-waiver-month" }, ctx);
    await fileBillingClaim(row.id, ctx);
    return createXpressOrder(row.id, { observation }, ctx);
  });
}

/** A signature as the pad sends it: a real PNG with a stroke drawn on it (the demo's technicians' own). */
export const SIGNATURE_PNG = demoSignature(1);
