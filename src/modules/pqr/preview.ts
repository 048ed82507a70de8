import type { Tx } from "../../platform/db/pool.js";
import { loadClockContext } from "./clock-context.js";
import { answerClock, type ClockStatus, clockStatus } from "./rules.js";

/**
 * The answer clock a PQR filed at `filedAt` would get, and where it would stand at `now`: what the advisor
 * tells the customer before filing (seed 002 step 5), and what demo data uses to pick its dates.
 */
export async function previewAnswerClock(
  tx: Tx,
  filedAt: Date,
  now: Date,
): Promise<{ receivedOn: string; dueOn: string; atRiskOn: string; status: ClockStatus; answerBusinessDays: number }> {
  const clock = await loadClockContext(tx);
  const dates = answerClock(filedAt, clock.clocks, clock.calendar, clock.legal);
  return {
    receivedOn: dates.receivedOn,
    dueOn: dates.dueOn,
    atRiskOn: dates.atRiskOn,
    status: clockStatus(now, dates, clock.timezone),
    answerBusinessDays: clock.clocks.answerBusinessDays,
  };
}
