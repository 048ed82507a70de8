import type { CommandContext } from "../../../platform/context.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { lockCase, requireCaseStep } from "../case-context.js";
import { listClaimsSince } from "../queries.js";
import { type CaseRow, updateCase } from "../repo.js";
import { findRepeatedDamage } from "../rules.js";

const DAY_MS = 86_400_000;

/**
 * Step 2: checks for repeated damage on the customer's claims as they are now. With it the case goes to
 * negotiation (branch A, steps 3–10) on the damaged product; without it, to the analysis of the request
 * (branch B, steps 11–14). The claims that made the decision are kept on the case and the timeline.
 */
export async function checkRepeatedDamage(caseId: string, ctx: CommandContext): Promise<CaseRow> {
  const { row, customer, catalogs } = await lockCase(ctx, caseId);
  const rule = catalogs.settings.repeatedDamage;
  const claims = await listClaimsSince(ctx.tx, row.customer_id, new Date(ctx.now.getTime() - rule.windowDays * DAY_MS));
  const found = findRepeatedDamage(
    claims.map((claim) => ({
      id: claim.id,
      code: claim.code,
      productId: claim.product_id,
      category: claim.category,
      openedAt: claim.opened_at,
      resolvedAt: claim.resolved_at,
    })),
    ctx.now,
    rule,
  );
  const to = requireCaseStep("check_repeated_damage", row.state, ctx, { hasRepeatedDamage: found.length > 0 });
  const damage = found[0];
  const repeatedDamage = damage
    ? {
        productId: damage.productId,
        serviceNumber: customer.products.find((p) => p.id === damage.productId)?.serviceNumber ?? null,
        claims: damage.claims.map((claim) => ({
          code: claim.code,
          category: claim.category,
          openedAt: claim.openedAt.toISOString(),
          resolvedAt: claim.resolvedAt?.toISOString() ?? null,
        })),
      }
    : null;
  const saved = await updateCase(
    ctx.tx,
    caseId,
    {
      state: to,
      branch: damage ? "repeated_damage" : "request_analysis",
      product_id: damage?.productId ?? row.product_id,
      facts: { ...row.facts, repeatedDamage, repeatedDamageRule: rule },
    },
    ctx.now,
  );
  await recordEvent(ctx, {
    subjectType: "retention_case",
    subjectId: caseId,
    customerId: row.customer_id,
    action: "repeated_damage_checked",
    before: { state: row.state },
    after: { state: to, branch: saved.branch, repeatedDamage },
  });
  return saved;
}
