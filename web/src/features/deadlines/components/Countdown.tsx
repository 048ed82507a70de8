import { useTranslation } from "react-i18next";
import type { Deadline } from "../api/deadlines-api";
import { type DeadlinePhase, formatCountdown } from "../deadline-phase";

/** Time left (or overdue) for a running deadline; a word for the others. */
export function Countdown({ deadline, phase, now }: { deadline: Deadline; phase: DeadlinePhase; now: number }) {
  const { t } = useTranslation();
  const left = Date.parse(deadline.dueAt) - now;
  if (phase === "on_time" || phase === "at_risk") return <>{t("deadlines.remaining", { time: formatCountdown(left) })}</>;
  if (phase === "breached" && deadline.metAt === null) {
    return <>{t("deadlines.overdue", { time: formatCountdown(left) })}</>;
  }
  return <>{t("common.none")}</>;
}
