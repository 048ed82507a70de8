import type { Tx } from "../../platform/db/pool.js";
import {
  ATTEMPTS_PER_CASE,
  CLOSING_DEADLINE_COMPLIANCE,
  FINAL_STATE_DISTRIBUTION,
  PENDING_AGING,
  RETENTION_RATE,
} from "./indicator-queries.js";

/** Runs the named indicator queries of indicator-queries.ts. */

export interface Period {
  campaign: string;
  from: Date;
  to: Date;
  timezone: string;
}

export interface Grouped {
  grain: "total" | "advisor" | "day";
  advisor_id: string | null;
  day: string | null;
}

const periodParams = (p: Period) => [p.campaign, p.from, p.to, p.timezone];

export async function queryFinalStates(tx: Tx, period: Period) {
  return (await tx.query<Grouped & { state_code: string; cases: number }>(FINAL_STATE_DISTRIBUTION, periodParams(period))).rows;
}

export async function queryRetention(
  tx: Tx,
  period: Period,
  outcomes: { retained: string[]; lost: string[]; unreached: string[] },
) {
  const { rows } = await tx.query<Grouped & { retained: number; lost: number; unreached: number; not_applicable: number }>(
    RETENTION_RATE,
    [...periodParams(period), outcomes.retained, outcomes.lost, outcomes.unreached],
  );
  return rows;
}

export async function queryAttempts(tx: Tx, period: Period) {
  const { rows } = await tx.query<
    Grouped & {
      cases: number;
      attempts: number;
      average: number;
      with_0: number;
      with_1: number;
      with_2: number;
      with_3_or_more: number;
    }
  >(ATTEMPTS_PER_CASE, periodParams(period));
  return rows;
}

export async function queryCompliance(tx: Tx, period: Period, now: Date) {
  const { rows } = await tx.query<
    Grouped & { instructions: number; met: number; late: number; overdue: number; in_time: number }
  >(CLOSING_DEADLINE_COMPLIANCE, [...periodParams(period), now]);
  return rows;
}

export interface AgingRow extends Grouped {
  cases: number;
  pending: number;
  under_1_day: number;
  from_1_to_3_days: number;
  from_3_to_5_days: number;
  over_5_days: number;
  pending_closing_breached: number;
  oldest_days: number;
}

export async function queryAging(tx: Tx, campaign: string, now: Date): Promise<AgingRow[]> {
  const { rows } = await tx.query<AgingRow>(PENDING_AGING, [campaign, now]);
  return rows;
}

/** Names of the advisors the indicators mention. */
export async function findUserNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await tx.query<{ id: string; full_name: string }>(
    "SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])",
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.full_name]));
}
