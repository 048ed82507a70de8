import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type { Tx } from "../../platform/db/pool.js";
import { requireCampaign } from "../cancellations/index.js";

/**
 * The pending aging now (the supervisor's board): the campaign's open cases by age, total and per holder.
 * A snapshot of "now", not a value per period, so it stays here rather than on the indicator engine.
 */

const PENDING_AGING_SQL = fs.readFileSync(fileURLToPath(new URL("./sql/pending-aging.sql", import.meta.url)), "utf8");

interface AgingRow {
  grain: "total" | "advisor";
  advisor_id: string | null;
  advisor_name: string | null;
  cases: number;
  pending: number;
  under_1_day: number;
  from_1_to_3_days: number;
  from_3_to_5_days: number;
  over_5_days: number;
  pending_closing_breached: number;
  oldest_days: number;
}

export async function campaignAging(tx: Tx, campaign: string, now: Date) {
  await requireCampaign(tx, campaign);
  const { rows } = await tx.query<AgingRow>(PENDING_AGING_SQL, [campaign, now]);
  return rows.map((r) => ({
    grain: r.grain,
    advisorId: r.advisor_id,
    advisorName: r.advisor_name,
    day: null,
    cases: r.cases,
    pending: r.pending,
    buckets: {
      underOneDay: r.under_1_day,
      oneToThree: r.from_1_to_3_days,
      threeToFive: r.from_3_to_5_days,
      overFive: r.over_5_days,
    },
    pendingClosingBreached: r.pending_closing_breached,
    oldestDays: r.oldest_days,
  }));
}
