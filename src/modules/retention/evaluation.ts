import { DateTime } from "luxon";
import type { Tx } from "../../platform/db/pool.js";
import { readCatalog } from "../catalogs/index.js";
import { findCurrentTenant } from "../tenants/index.js";
import { OFFERS_KIND } from "./catalog-kinds.js";
import type { OffersCatalog } from "./catalog-types.js";
import { listEvaluationResults, listEvaluations } from "./queries.js";

/**
 * Step 15's view: closed cases of the last `months` months (the current one included) per month, team,
 * branch and offer — the offer named as the current catalog names it — and the decisions recorded. The
 * retention rate of each is the indicator engine's (`retention.retention_rate` by branch or offer).
 */
export async function readEvaluation(tx: Tx, now: Date, months: number) {
  const { timezone } = (await findCurrentTenant(tx))!;
  const since = DateTime.fromJSDate(now, { zone: timezone })
    .startOf("month")
    .minus({ months: months - 1 })
    .toJSDate();
  const results = await listEvaluationResults(tx, since, timezone);
  const evaluations = await listEvaluations(tx, 50);
  const offers = await readCatalog<OffersCatalog>(tx, OFFERS_KIND, "default");
  const offerLabels = new Map(offers.content.offers.map((offer) => [offer.code, offer.name]));
  return {
    results: results.map((r) => ({
      month: r.month,
      team: r.team,
      branch: r.branch,
      offerCode: r.offer_code,
      // An offer removed from the catalog since keeps its code as its name.
      offerLabel: r.offer_code === "none" ? null : (offerLabels.get(r.offer_code) ?? r.offer_code),
      closed: r.closed,
      retained: r.retained,
      cancelled: r.cancelled,
    })),
    evaluations: evaluations.map((e) => ({
      id: e.id,
      month: e.month,
      decision: e.decision,
      notes: e.notes,
      createdByName: e.created_by_name,
      createdAt: e.created_at.toISOString(),
    })),
  };
}
