import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { customerFlags, customerProduct, loadCaseCatalogs, requireCaseStep } from "../case-context.js";
import { findCaseCustomer, findOpenCaseOfCustomer, findUserTeam } from "../queries.js";
import { type CaseRow, insertCase } from "../repo.js";
import { detectVip, FLAG_LABELS } from "../rules.js";

/**
 * Step 1: the advisor receives the customer who asks to cancel and reviews the background — delinquency,
 * credit bureau, products withdrawn for non-payment, tier and billing (VIP). Opens the retention case
 * with what was seen and the catalog versions it will be decided with. A customer has one open case at
 * a time: opening again returns it (`isNew: false`).
 */
export async function openCase(
  input: { customerId: string; productId?: string | null },
  ctx: CommandContext,
): Promise<{ row: CaseRow; isNew: boolean }> {
  requireCaseStep("open", "new", ctx);
  const customer = await findCaseCustomer(ctx.tx, input.customerId);
  if (!customer) throw new AppError("NOT_FOUND", "Cliente no encontrado", { field: "customerId" });
  if (input.productId) customerProduct(customer, input.productId);
  const open = await findOpenCaseOfCustomer(ctx.tx, input.customerId);
  if (open) return { row: open, isNew: false };

  const catalogs = await loadCaseCatalogs(ctx);
  const vip = detectVip(customer.tier, customer.billing, catalogs.settings.vip);
  const flags = customerFlags(customer);
  const facts = {
    vip: { isVip: vip.isVip, reasons: vip.reasons, billingAverage: vip.billingAverage },
    flags,
    warnings: flags.map((flag) => FLAG_LABELS[flag]),
  };
  const row = await insertCase(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    customerId: input.customerId,
    productId: input.productId ?? null,
    openedBy: ctx.actor.userId,
    teamId: await findUserTeam(ctx.tx, ctx.actor.userId),
    facts,
    catalogVersions: catalogs.versions,
    now: ctx.now,
  });
  if (!row) {
    // Another advisor opened it between our look and our insert: theirs is the case.
    const theirs = await findOpenCaseOfCustomer(ctx.tx, input.customerId);
    if (!theirs) throw new AppError("CONFLICT", "No se pudo abrir el caso; intente de nuevo");
    return { row: theirs, isNew: false };
  }
  await recordEvent(ctx, {
    subjectType: "retention_case",
    subjectId: row.id,
    customerId: row.customer_id,
    action: "case_opened",
    after: { number: row.number, state: row.state, ...facts, catalogVersions: catalogs.versions },
  });
  return { row, isNew: true };
}
