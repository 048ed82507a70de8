import type { Tx } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import { readCampaignCatalog, requireCampaign } from "../cancellations/index.js";
import { findCurrentTenant } from "../tenants/index.js";
import {
  type AgingRow,
  findUserNames,
  type Grouped,
  queryAging,
  queryAttempts,
  queryCompliance,
  queryFinalStates,
  queryRetention,
} from "./repo-indicators.js";
import { complianceRate, indicatorPeriod, retentionRates, statesByOutcome } from "./rules.js";

type UserNames = Map<string, string>;

const keyOf = (row: Grouped, names: UserNames) => ({
  grain: row.grain,
  advisorId: row.advisor_id,
  advisorName: row.advisor_id ? (names.get(row.advisor_id) ?? null) : null,
  day: row.day,
});

const namesOf = (tx: Tx, rows: Grouped[]) =>
  findUserNames(tx, [...new Set(rows.flatMap((r) => (r.advisor_id ? [r.advisor_id] : [])))]);

function presentAging(rows: AgingRow[], names: UserNames) {
  return rows.map((r) => ({
    ...keyOf(r, names),
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

/** The pending aging now, on its own (the supervisor's board): the campaign's open cases by age, total and per holder. */
export async function campaignAging(tx: Tx, campaign: string, now: Date) {
  await requireCampaign(tx, campaign);
  const rows = await queryAging(tx, campaign, now);
  return presentAging(rows, await namesOf(tx, rows));
}

/**
 * The campaign's indicators for a period, each total, per advisor and per day: distribution of final
 * states, retention rate, attempts per case, closing-deadline compliance; and the pending aging now.
 */
export async function campaignIndicators(tx: Tx, input: { campaign: string; fromDay?: string; toDay?: string }, now: Date) {
  const catalog = await readCampaignCatalog(tx, input.campaign);
  const timezone = (await findCurrentTenant(tx))?.timezone ?? "UTC";
  const period = indicatorPeriod(input, now, timezone);
  if (typeof period === "string") throw new AppError("VALIDATION_FAILED", period, { field: "from" });
  const scope = { campaign: input.campaign, ...period, timezone };

  const finalStates = await queryFinalStates(tx, scope);
  const retention = await queryRetention(tx, scope, statesByOutcome(catalog.content));
  const attempts = await queryAttempts(tx, scope);
  const compliance = await queryCompliance(tx, scope, now);
  const aging = await queryAging(tx, input.campaign, now);

  const names = await namesOf(tx, [...finalStates, ...retention, ...attempts, ...compliance, ...aging]);
  const key = (row: Grouped) => keyOf(row, names);
  const stateLabel = (code: string) => catalog.content.states.find((s) => s.code === code)?.label ?? code;

  return {
    campaign: input.campaign,
    campaignName: catalog.content.campaign.name,
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    timezone,
    finalStates: finalStates.map((r) => ({
      ...key(r),
      stateCode: r.state_code,
      stateLabel: stateLabel(r.state_code),
      cases: r.cases,
    })),
    retention: retention.map((r) => ({
      ...key(r),
      retained: r.retained,
      lost: r.lost,
      unreached: r.unreached,
      notApplicable: r.not_applicable,
      ...retentionRates(r),
    })),
    attempts: attempts.map((r) => ({
      ...key(r),
      cases: r.cases,
      attempts: r.attempts,
      average: r.average,
      distribution: { none: r.with_0, one: r.with_1, two: r.with_2, threeOrMore: r.with_3_or_more },
    })),
    compliance: compliance.map((r) => ({
      ...key(r),
      instructions: r.instructions,
      met: r.met,
      late: r.late,
      overdue: r.overdue,
      inTime: r.in_time,
      rate: complianceRate(r),
    })),
    aging: presentAging(aging, names),
  };
}
