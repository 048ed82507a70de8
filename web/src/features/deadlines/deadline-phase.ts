import type { Deadline } from "./api/deadlines-api";

export type DeadlinePhase = "on_time" | "at_risk" | "breached" | "paused" | "met" | "cancelled";

/** Where a deadline stands at `now`: a running one turns at risk, then breached, as the clock passes its marks. */
export function deadlinePhase(deadline: Pick<Deadline, "status" | "dueAt" | "atRiskAt">, now: number): DeadlinePhase {
  if (deadline.status !== "running") return deadline.status;
  if (now >= Date.parse(deadline.dueAt)) return "breached";
  return now >= Date.parse(deadline.atRiskAt) ? "at_risk" : "on_time";
}

/** "2 d 03:04:05" or "03:04:05": a duration for a countdown, sign dropped. */
export function formatCountdown(milliseconds: number): string {
  const totalSeconds = Math.floor(Math.abs(milliseconds) / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const clock = [Math.floor(totalSeconds / 3600) % 24, Math.floor(totalSeconds / 60) % 60, totalSeconds % 60]
    .map((part) => String(part).padStart(2, "0"))
    .join(":");
  return days > 0 ? `${days} d ${clock}` : clock;
}
